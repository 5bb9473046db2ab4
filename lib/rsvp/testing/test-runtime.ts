import { parseConfig } from "../../config";
import { loadEvent } from "../../event/load-event";
import { Semaphore } from "../../queue/semaphore";
import { MemoryStore } from "../../store/memory-store";
import type { SessionStore } from "../../store/types";
import { startUpstream } from "../../upstream/get-upstream";
import { createRuntime, type Runtime } from "../runtime";
import type { RsvpInput } from "../schema";
import { createSession, getStoreTtl } from "../session-record";
import type { RsvpSession } from "../../store/types";

/**
 * A whole instance for integration tests: a real browser pool and the
 * given third-party site, sharing `store` with any other test runtime.
 */
export async function createTestRuntime(options: {
  upstreamUrl: string;
  store?: SessionStore;
  env?: Record<string, string>;
}): Promise<Runtime> {
  const config = parseConfig({
    UPSTREAM_BASE_URL: options.upstreamUrl,
    LOG_LEVEL: "silent",
    ...options.env,
  });

  return createRuntime({
    config,
    event: loadEvent(undefined),
    store: options.store ?? new MemoryStore(),
    queue: new Semaphore({
      limit: config.maxConcurrentBrowsers,
      maxWaiting: config.maxQueue,
    }),
    upstream: await startUpstream(config),
  });
}

export function makeInput(overrides: Partial<RsvpInput> = {}): RsvpInput {
  const tag = Math.random().toString(36).slice(2, 10);
  return {
    firstName: "Kofi",
    lastName: "Mensah",
    email: `kofi.${tag}@example.com`,
    company: "Accra Secure Networks",
    country: "GH",
    attendance: "attending",
    guests: 0,
    sessions: ["keynote"],
    consent: true,
    marketingOptIn: false,
    ...overrides,
  };
}

/** Writes a record as if an instance had brought it to `status`. */
export async function putSession(
  runtime: Pick<Runtime, "store" | "owner">,
  changes: Partial<RsvpSession> & { input: RsvpInput },
): Promise<RsvpSession> {
  const base = createSession({
    id: `t${Math.random().toString(36).slice(2, 12).padEnd(21, "x")}`,
    input: changes.input,
    instance: runtime.owner,
    position: 0,
    ttlSeconds: 600,
  });
  const session = { ...base, ...changes };
  await runtime.store.putRsvp(session, {
    expectedVersion: 0,
    ttlSeconds: getStoreTtl(session, 600),
  });

  return session;
}
