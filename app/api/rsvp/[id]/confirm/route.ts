import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { json } from "@/lib/http/respond";
import { assertCanAccessRsvp } from "@/lib/http/rsvp-access";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { withRoute } from "@/lib/http/with-route";
import { confirmRsvp } from "@/lib/rsvp/service";

interface Context {
  params: Promise<{ id: string }>;
}

export const POST = withRoute<Context>(
  "POST /api/rsvp/:id/confirm",
  async (request, { params }) => {
    assertSameOrigin(request);
    const { id } = await params;
    await assertCanAccessRsvp(id);

    const result = await confirmRsvp(id);

    return result.accepted
      ? json({ status: "submitting" }, 202)
      : json(result.view);
  },
);

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
