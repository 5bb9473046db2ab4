import { json } from "@/lib/http/respond";
import { withRoute } from "@/lib/http/with-route";
import { assertStaff } from "@/lib/staff/access";
import { getSubmissions } from "@/lib/staff/submissions-request";

export const GET = withRoute("GET /api/staff/submissions", async (request) => {
  await assertStaff();

  const page = await getSubmissions(new URL(request.url).searchParams);

  return json(page);
});
