import { getLogger } from "../log";
import { changeSession } from "./change-session";
import { runFillJob } from "./fill-job";
import type { Runtime } from "./runtime";
import { isPastExpiry } from "./session-record";
import { runSubmitJob } from "./submit-job";

export type WorkRuntime = Pick<
  Runtime,
  "store" | "config" | "owner" | "jobs" | "openPages"
>;

/** Starts the submit job of an RSVP here, unless one already runs here. */
export function startSubmit(runtime: Runtime, id: string): void {
  const key = `submit:${id}`;
  if (runtime.jobs.has(key)) return;

  runtime.jobs.set(key, new AbortController());
  void runSubmitJob(runtime, id).finally(() => runtime.jobs.delete(key));
}

export function startFill(runtime: Runtime, id: string): void {
  if (runtime.jobs.has(id)) return;

  void runFillJob(runtime, id);
}

/** Stops the waiting or running fill of an RSVP and closes its page. */
export async function freeBrowserWork(runtime: WorkRuntime, id: string) {
  runtime.jobs.get(id)?.abort(new Error("The RSVP ended"));
  await runtime.openPages.drop(id);
}

/** Marks a lapsed RSVP expired and frees what it held on this instance. */
export async function expireSession(runtime: WorkRuntime, id: string) {
  const expired = await changeSession(runtime, id, (current) =>
    isPastExpiry(current) ? { status: "expired", position: null } : null,
  );
  if (expired) {
    await freeBrowserWork(runtime, id);
    getLogger().info({ rsvpId: id }, "expired");
  }

  return expired;
}
