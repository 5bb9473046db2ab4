import { getEvent } from "@/lib/event/load-event";
import { toIcs, toIcsFileName } from "@/lib/event/ics";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

/** The event as a calendar file, for "Add to calendar". */
export const GET = withRoute("GET /event.ics", () => {
  const event = getEvent();

  return new Response(toIcs(event), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${toIcsFileName(event)}"`,
      "cache-control": "public, max-age=300",
    },
  });
});
