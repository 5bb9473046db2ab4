import {
  getBrowserMemory,
  startBrowserMemorySampler,
} from "../metrics/browser-memory";
import type { Runtime } from "../rsvp/runtime";
import {
  heartbeatEveryMs,
  startHeartbeat,
  type Heartbeat,
  type HeartbeatLoop,
} from "./heartbeat";

/** What this instance tells the others about itself. */
export function readHeartbeat(
  runtime: Pick<Runtime, "owner" | "config" | "queue" | "openPages">,
  draining: boolean,
): Heartbeat {
  const { active, pending, maxConcurrent } = runtime.queue.stats;
  return {
    owner: runtime.owner,
    instance: runtime.config.instanceId,
    at: new Date().toISOString(),
    draining,
    queue: { active, pending, maxConcurrent },
    openPages: runtime.openPages.size,
    browserMemoryBytes: getBrowserMemory().bytes,
    version: runtime.config.version,
  };
}

export function startInstanceHeartbeat(
  runtime: Runtime,
  isDraining: () => boolean,
): HeartbeatLoop {
  startBrowserMemorySampler({
    getPid: () => runtime.browsers.getPid(),
    everyMs: heartbeatEveryMs,
  });

  return startHeartbeat({
    store: runtime.store,
    read: () => readHeartbeat(runtime, isDraining()),
  });
}
