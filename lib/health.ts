import { getConfig } from "./config";
import { getDrainState } from "./lifecycle/drain-state";
import { getQueue, peekRuntime } from "./rsvp/runtime";
import { getStoreStatus } from "./store/get-store";

export interface Health {
  status: "OK" | "DEGRADED" | "SHUTTING_DOWN";
  message: string;
  queue: { active: number; pending: number; maxConcurrent: number };
  redis: "connected" | "disconnected" | "not configured";
  instance: string;
  owner: string | null;
  version: string;
  uptimeSeconds: number;
  browser: "not started" | "running" | "failed";
  openPages: number;
}

/**
 * The instance's health, from memory only: it must answer fast even when
 * every browser slot is busy, and never wait for the browser or the store.
 */
export function getHealth(): Health {
  const config = getConfig();
  const { active, pending, maxConcurrent } = getQueue().stats;
  const runtime = peekRuntime();
  const browser = runtime?.browsers.state ?? "not started";
  const redis = getStoreStatus();
  const facts = {
    queue: { active, pending, maxConcurrent },
    redis,
    instance: config.instanceId,
    owner: runtime?.owner ?? null,
    version: config.version,
    uptimeSeconds: Math.round(process.uptime()),
    browser,
    openPages: runtime?.openPages.size ?? 0,
  };

  return { ...facts, ...getVerdict({ redis, browser }) };
}

function getVerdict(facts: {
  redis: Health["redis"];
  browser: Health["browser"];
}): Pick<Health, "status" | "message"> {
  if (getDrainState().isDraining) {
    return { status: "SHUTTING_DOWN", message: "Server is shutting down" };
  }
  const problems = [
    ...(facts.redis === "disconnected" ? ["Redis is unreachable"] : []),
    ...(facts.browser === "failed" ? ["the browser cannot start"] : []),
  ];
  if (problems.length === 0) {
    return { status: "OK", message: "Server is running" };
  }

  return { status: "DEGRADED", message: `Degraded: ${problems.join("; ")}` };
}
