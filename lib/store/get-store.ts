import { getLogger } from "../log";
import { getSingleton } from "../singleton";
import { MemoryStore } from "./memory-store";
import type { SessionStore } from "./types";

/** The store of this process, chosen from the configuration once. */
export function getStore(): SessionStore {
  return getSingleton("store", createStore);
}

function createStore(): SessionStore {
  getLogger().warn(
    "⚠️ No REDIS_URL - using in-memory sessions (single dyno only)",
  );

  return new MemoryStore();
}
