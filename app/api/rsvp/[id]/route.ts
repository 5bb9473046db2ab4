import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { json } from "@/lib/http/respond";
import { assertCanAccessRsvp } from "@/lib/http/rsvp-access";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { withRoute } from "@/lib/http/with-route";
import { cancelRsvp, getRsvpStatus } from "@/lib/rsvp/service";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withRoute<Context>(
  "GET /api/rsvp/:id",
  async (_request, { params }) => {
    const { id } = await params;
    await assertCanAccessRsvp(id, { allowStaff: true });

    return json(await getRsvpStatus(id));
  },
);

export const DELETE = withRoute<Context>(
  "DELETE /api/rsvp/:id",
  async (request, { params }) => {
    assertSameOrigin(request);
    const { id } = await params;
    await assertCanAccessRsvp(id);

    await cancelRsvp(id);

    return json({ status: "cancelled" });
  },
);

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
};
