import { z } from "zod";
import { getLogger } from "../log";
import type { SessionStore } from "../store/types";

/** How often an instance says it is alive, and how long that holds. */
export const heartbeatEveryMs = 5_000;
export const heartbeatTtlSeconds = 15;

export const heartbeatSchema = z.object({
  /** This process: the instance name plus a per-boot suffix. */
  owner: z.string(),
  /** The instance name (DYNO), which a restarted dyno keeps. */
  instance: z.string(),
  at: z.iso.datetime(),
  draining: z.boolean(),
  queue: z.object({
    active: z.number(),
    pending: z.number(),
    maxConcurrent: z.number(),
  }),
  openPages: z.number(),
  /** PSS of the Chromium process tree; null when unknown. */
  browserMemoryBytes: z.number().nullable().default(null),
  version: z.string(),
});

export type Heartbeat = z.infer<typeof heartbeatSchema>;

/**
 * Publishes this instance's heartbeat now and every few seconds, so the
 * others know it is alive and the cluster's backlog can be summed.
 */
export interface HeartbeatLoop {
  /** Publishes at once, e.g. when the instance starts draining. */
  beat: () => Promise<void>;
  stop: () => void;
}

export function startHeartbeat(options: {
  store: SessionStore;
  read: () => Heartbeat;
}): HeartbeatLoop {
  const beat = () => {
    const heartbeat = options.read();
    return options.store
      .putHeartbeat(
        heartbeat.owner,
        JSON.stringify(heartbeat),
        heartbeatTtlSeconds,
      )
      .catch((error: unknown) =>
        getLogger().warn({ err: error }, "heartbeat not recorded"),
      );
  };
  void beat();
  const timer = setInterval(() => void beat(), heartbeatEveryMs);
  timer.unref();

  return { beat, stop: () => clearInterval(timer) };
}

/** Every instance whose heartbeat has not lapsed. */
export async function listLiveInstances(
  store: SessionStore,
): Promise<Heartbeat[]> {
  const texts = await store.listHeartbeats();
  return texts.flatMap((text) => {
    const parsed = heartbeatSchema.safeParse(parseJson(text));
    return parsed.success ? [parsed.data] : [];
  });
}

/** Jobs queued or running over all live instances: what to scale on. */
export function getBacklog(instances: Heartbeat[]): number {
  return instances.reduce(
    (sum, instance) => sum + instance.queue.active + instance.queue.pending,
    0,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
