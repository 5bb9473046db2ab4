import { withRoute } from "@/lib/http/with-route";
import { assertStaff } from "@/lib/staff/access";
import { exportConfirmedCsv } from "@/lib/staff/confirmed-export";

export const GET = withRoute("GET /api/staff/confirmed.csv", async () => {
  await assertStaff();

  const csv = await exportConfirmedCsv();

  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="confirmed-rsvps.csv"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
