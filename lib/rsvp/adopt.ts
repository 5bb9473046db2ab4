import { getLogger } from "../log";
import { toStoreStatus } from "../store/get-store";
import type { RsvpSession } from "../store/types";
import { startFill, startSubmit } from "./browser-work";
import { changeSession } from "./change-session";
import type { Runtime } from "./runtime";

/**
 * Takes over browser work whose instance died (or is draining): a queued
 * or half-filled RSVP is filled again here; a submit is retried here under
 * the store's lock, where the submit fence decides whether sending again
 * is safe. Called when an attendee's page asks for the status, so an
 * orphan is picked up by whichever instance the router sends them to.
 */
export async function adoptIfOrphaned(
  runtime: Runtime,
  session: RsvpSession,
): Promise<RsvpSession> {
  if (!isAdoptable(session) || session.instance === runtime.owner) {
    return session;
  }
  // Without the shared store, every other instance looks dead.
  if (toStoreStatus(runtime.store) === "disconnected") return session;
  if (await runtime.liveness.isAlive(session.instance)) return session;

  if (session.status === "submitting") {
    startSubmit(runtime, session.id);
    return session;
  }
  if (runtime.queue.isFull) return session;

  const adopted = await changeSession(runtime, session.id, (current) =>
    current.instance === session.instance && isAdoptable(current)
      ? {
          status: "queued",
          instance: runtime.owner,
          position: runtime.queue.nextPosition,
        }
      : null,
  );
  if (!adopted) return session;

  getLogger().info(
    { rsvpId: session.id, from: session.instance },
    "adopted an orphaned RSVP",
  );
  startFill(runtime, session.id);

  return adopted;
}

function isAdoptable(session: RsvpSession): boolean {
  return ["queued", "filling", "submitting"].includes(session.status);
}
