import type { RsvpSession } from "../store/types";
import type { Runtime } from "./runtime";
import { updateSession, type SessionChange } from "./session-record";

/** updateSession with this instance's id and idle TTL filled in. */
export function changeSession(
  runtime: Pick<Runtime, "store" | "config" | "owner">,
  id: string,
  decide: (session: RsvpSession) => SessionChange | null,
): Promise<RsvpSession | null> {
  return updateSession(runtime.store, id, {
    instance: runtime.owner,
    ttlSeconds: runtime.config.sessionTtlSeconds,
    decide,
  });
}
