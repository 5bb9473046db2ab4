import { getHealth } from "@/lib/health";
import { json } from "@/lib/http/respond";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

export const GET = withRoute("GET /api/health", () => {
  const health = getHealth();

  return json(health, health.status === "SHUTTING_DOWN" ? 503 : 200);
});

export const HEAD = withRoute("HEAD /api/health", () => {
  const health = getHealth();

  return new Response(null, {
    status: health.status === "SHUTTING_DOWN" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
