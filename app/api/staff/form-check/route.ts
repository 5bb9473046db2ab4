import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { json } from "@/lib/http/respond";
import { withRoute } from "@/lib/http/with-route";
import { assertStaff } from "@/lib/staff/access";
import { checkFormNow } from "@/lib/staff/form-check";

export const dynamic = "force-dynamic";

/**
 * Runs the form check. A GET, as API.md has it, yet it uses a browser
 * slot, so a request another site started is refused like a POST would be.
 */
export const GET = withRoute("GET /api/staff/form-check", async (request) => {
  await assertStaff();
  assertSameOrigin(request);

  const report = await checkFormNow(request.signal);

  return json(report);
});
