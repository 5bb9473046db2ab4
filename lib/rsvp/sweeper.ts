import { getLogger } from "../log";
import { expireSession, type WorkRuntime } from "./browser-work";
import type { Runtime } from "./runtime";
import { isPastExpiry } from "./session-record";
import { isFinalStatus } from "./status";

/**
 * Closes browser work nobody will come back for: open pages and queued
 * jobs of RSVPs that expired, ended or vanished from the store.
 */
export async function sweep(runtime: WorkRuntime): Promise<number> {
  const ids = new Set([...runtime.openPages.ids(), ...runtime.jobs.keys()]);
  let freed = 0;
  for (const id of ids) {
    if (id.startsWith("submit:")) continue;
    const session = await runtime.store.getRsvp(id);
    if (session && isPastExpiry(session)) {
      if (await expireSession(runtime, id)) freed += 1;
    } else if (!session || isFinalStatus(session.status)) {
      runtime.jobs.get(id)?.abort(new Error("The RSVP ended"));
      await runtime.openPages.drop(id);
      freed += 1;
    }
  }

  return freed;
}

export function startSweeper(runtime: Runtime): () => void {
  const timer = setInterval(() => {
    sweep(runtime).then(
      (freed) => {
        if (freed > 0) getLogger().info({ freed }, "sweep freed browser work");
      },
      (error: unknown) => getLogger().warn({ err: error }, "sweep failed"),
    );
  }, runtime.config.sweepIntervalSeconds * 1000);
  timer.unref();

  return () => clearInterval(timer);
}
