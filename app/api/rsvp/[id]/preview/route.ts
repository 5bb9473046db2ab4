import { assertCanAccessRsvp } from "@/lib/http/rsvp-access";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { withRoute } from "@/lib/http/with-route";
import { getPreviewImage } from "@/lib/rsvp/service";
import { getImageType } from "@/lib/upstream/image-type";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withRoute<Context>(
  "GET /api/rsvp/:id/preview",
  async (_request, { params }) => {
    const { id } = await params;
    await assertCanAccessRsvp(id, { allowStaff: true });

    const image = await getPreviewImage(id);

    return new Response(new Uint8Array(image), {
      headers: {
        "content-type": getImageType(image),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
);

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
