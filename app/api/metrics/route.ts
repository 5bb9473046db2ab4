import { withRoute } from "@/lib/http/with-route";
import { readMetrics } from "@/lib/metrics/read-metrics";

export const dynamic = "force-dynamic";

export const GET = withRoute("GET /api/metrics", async (request) => {
  const { text, contentType } = await readMetrics(
    request.headers.get("authorization"),
  );

  return new Response(text, {
    headers: { "content-type": contentType, "cache-control": "no-store" },
  });
});
