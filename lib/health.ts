import { getConfig } from "./config";
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
  const problems = [
    ...(redis === "disconnected" ? ["Redis is unreachable"] : []),
    ...(browser === "failed" ? ["the browser cannot start"] : []),
  ];

  return {
    status: problems.length > 0 ? "DEGRADED" : "OK",
    message:
      problems.length > 0
        ? `Degraded: ${problems.join("; ")}`
        : "Server is running",
    queue: { active, pending, maxConcurrent },
    redis,
    instance: config.instanceId,
    owner: runtime?.owner ?? null,
    version: config.version,
    uptimeSeconds: Math.round(process.uptime()),
    browser,
    openPages: runtime?.openPages.size ?? 0,
  };
}
