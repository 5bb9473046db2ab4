import type { Logger } from "pino";
import { getConfig, type Config } from "../config";
import { getLogger } from "../log";
import { getSingleton } from "../singleton";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import { ResilientStore } from "./resilient-store";
import type { SessionStore, StoreStatus } from "./types";
import { UpstashStore } from "./upstash-store";

export type { StoreStatus } from "./types";

/** The store of this process, chosen from the configuration once. */
export function getStore(): SessionStore {
  return getSingleton("store", () => createStore(getConfig()));
}

/**
 * Whether the shared store answers, for health: instant, from memory,
 * never a network call.
 */
export function getStoreStatus(): StoreStatus {
  return toStoreStatus(getStore());
}

export function toStoreStatus(store: SessionStore): StoreStatus {
  return store.status;
}

/**
 * REDIS_URL first, then Upstash, else memory. A remote store is used at
 * once; start-up logs whether its first ping was answered.
 */
export function createStore(
  config: Pick<Config, "redisUrl" | "upstash">,
  log: Logger = getLogger(),
): SessionStore {
  const remote = config.redisUrl
    ? new RedisStore({ url: config.redisUrl })
    : config.upstash && new UpstashStore(config.upstash);
  if (!remote) {
    log.warn("⚠️ No REDIS_URL - using in-memory sessions (single dyno only)");
    return new MemoryStore().sweepEvery(60_000);
  }

  const store = new ResilientStore(remote, { log });
  void store.start().then((isConnected) => {
    if (isConnected) {
      log.info(
        { store: store.kind },
        "✅ Redis connected - multi-dyno sessions enabled",
      );
    } else {
      log.warn(
        { store: store.kind },
        "⚠️ Redis unreachable at start-up - using in-memory sessions " +
          "until it answers",
      );
    }
  });

  return store;
}
