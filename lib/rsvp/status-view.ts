import type { RsvpSession } from "../store/types";
import type { Runtime } from "./runtime";
import type { RsvpStatusView } from "./status";

/** What GET /api/rsvp/{id} answers for a record. */
export function toStatusView(
  runtime: Pick<Runtime, "queue">,
  session: RsvpSession,
): RsvpStatusView {
  const livePosition = runtime.queue.positionOf(session.id);
  const queued = session.status === "queued";

  return {
    id: session.id,
    status: session.status,
    position: queued ? (livePosition ?? session.position ?? 0) : null,
    previewUrl: session.hasPreview ? `/api/rsvp/${session.id}/preview` : null,
    confirmation: session.confirmation,
    error: session.error,
    expiresAt: session.expiresAt,
    answers: session.input,
  };
}
