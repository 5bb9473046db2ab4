import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { getClientAddress } from "@/lib/http/client-address";
import { addOwnedRsvpId } from "@/lib/http/owner-session";
import { readJsonBody } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { withRoute } from "@/lib/http/with-route";
import { assertAcceptingRsvps, createRsvp } from "@/lib/rsvp/service";

export const POST = withRoute("POST /api/rsvp", async (request) => {
  assertSameOrigin(request);
  assertAcceptingRsvps();
  const body = await readJsonBody(request);

  const created = await createRsvp({
    body,
    clientAddress: getClientAddress(request),
  });
  await addOwnedRsvpId(created.id);

  return json(created, 202);
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
