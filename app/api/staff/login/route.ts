import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { getClientAddress } from "@/lib/http/client-address";
import { readJsonBody } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { withRoute } from "@/lib/http/with-route";
import { assertStaffAreaEnabled } from "@/lib/staff/access";
import { signIn } from "@/lib/staff/sign-in";

export const POST = withRoute("POST /api/staff/login", async (request) => {
  assertStaffAreaEnabled();
  assertSameOrigin(request);
  const body = await readJsonBody(request);

  const { until } = await signIn({
    body,
    clientAddress: getClientAddress(request),
  });

  return json({ staff: true, until });
});
