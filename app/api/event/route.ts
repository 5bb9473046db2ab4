import { getEvent } from "@/lib/event/load-event";
import { json } from "@/lib/http/respond";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

export const GET = withRoute("GET /api/event", () => json(getEvent()));
