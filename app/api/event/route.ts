import { getEvent } from "@/lib/event/load-event";
import { json } from "@/lib/http/respond";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

export const GET = withRoute("GET /api/event", () => json(getEvent()));

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
