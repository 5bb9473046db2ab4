import { getLogger } from "../log";
import { recordTransition } from "../metrics/record";
import type { RsvpSession } from "../store/types";
import type { Runtime } from "./runtime";
import { updateSession, type SessionChange } from "./session-record";

/**
 * updateSession with this instance's id and idle TTL filled in. Every
 * change of state passes here, so this is where each one is logged (one
 * line: id, states, time in the old state) and counted for metrics.
 */
export async function changeSession(
  runtime: Pick<Runtime, "store" | "config" | "owner">,
  id: string,
  decide: (session: RsvpSession) => SessionChange | null,
): Promise<RsvpSession | null> {
  let before: RsvpSession | undefined;
  const written = await updateSession(runtime.store, id, {
    instance: runtime.owner,
    ttlSeconds: runtime.config.sessionTtlSeconds,
    decide: (current) => {
      before = current;
      return decide(current);
    },
  });
  if (written && before && written.status !== before.status) {
    noteTransition(runtime.owner, before, written);
  }

  return written;
}

function noteTransition(
  owner: string,
  before: RsvpSession,
  after: RsvpSession,
): void {
  const since = before.history.at(-1)?.at ?? before.updatedAt;
  const ms = Math.max(0, Date.parse(after.updatedAt) - Date.parse(since));
  const errorCode = after.status === "failed" ? after.error?.code : undefined;
  recordTransition({ from: before.status, to: after.status, ms, errorCode });
  getLogger().info(
    {
      rsvpId: after.id,
      from: before.status,
      to: after.status,
      ms,
      owner,
      ...(errorCode ? { code: errorCode } : {}),
    },
    "state changed",
  );
}
