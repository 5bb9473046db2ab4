import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { readJsonBody } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { withRoute } from "@/lib/http/with-route";
import { assertStaffAreaEnabled } from "@/lib/staff/access";
import { signOut } from "@/lib/staff/sign-in";

export const POST = withRoute("POST /api/staff/logout", async (request) => {
  assertStaffAreaEnabled();
  assertSameOrigin(request);
  const body = await readJsonBody(request);

  await signOut(body);

  return json({ staff: false });
});
