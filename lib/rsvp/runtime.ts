import { BrowserPool } from "../browser/browser-pool";
import { OpenPages } from "../browser/open-pages";
import { getConfig, type Config } from "../config";
import { getEvent } from "../event/load-event";
import type { RsvpEvent } from "../event/schema";
import { getLogger } from "../log";
import { Semaphore } from "../queue/semaphore";
import { getSingleton } from "../singleton";
import { getStore } from "../store/get-store";
import type { SessionStore } from "../store/types";
import { startUpstream, type Upstream } from "../upstream/get-upstream";
import { createRsvpInputSchema, type RsvpInputSchema } from "./schema";

/**
 * Everything one instance holds: the store, the queue, the browser and its
 * open pages, the third-party site. One per process, on globalThis, so
 * every route bundle sees the same queue.
 */
export interface Runtime {
  config: Config;
  event: RsvpEvent;
  inputSchema: RsvpInputSchema;
  store: SessionStore;
  queue: Semaphore;
  browsers: BrowserPool;
  openPages: OpenPages;
  upstream: Upstream;
  /** Cancels the running or waiting browser work of an RSVP. */
  jobs: Map<string, AbortController>;
}

export function getQueue(): Semaphore {
  return getSingleton("queue", () => {
    const config = getConfig();
    return new Semaphore({
      limit: config.maxConcurrentBrowsers,
      maxWaiting: config.maxQueue,
    });
  });
}

export function getRuntime(): Promise<Runtime> {
  return getSingleton("runtime", () =>
    createRuntime().then(
      (runtime) => {
        getSingleton("runtime-ready", () => runtime);
        return runtime;
      },
      (error: unknown) => {
        getLogger().fatal({ err: error }, "the service cannot start");
        throw error;
      },
    ),
  );
}

/** The runtime if it has finished starting, without waiting for it. */
export function peekRuntime(): Runtime | undefined {
  return getSingleton<Runtime | undefined>("runtime-ready", () => undefined);
}

async function createRuntime(): Promise<Runtime> {
  const config = getConfig();
  const event = getEvent();
  const upstream = await startUpstream(config);
  const log = getLogger();
  const browsers = new BrowserPool({
    executablePath: config.chromiumPath,
    mode: config.browserMode,
    confinement: {
      allowedOrigins: upstream.allowedOrigins,
      blockedResourceTypes: upstream.map.blockResources,
    },
    onEvent: (kind) =>
      kind === "launch"
        ? log.info("browser launched")
        : log.error("browser disconnected; it will be relaunched on next use"),
  });

  return {
    config,
    event,
    inputSchema: createRsvpInputSchema({
      maxGuests: event.maxGuests,
      sessionIds: event.sessions.map((session) => session.id),
    }),
    store: getStore(),
    queue: getQueue(),
    browsers,
    openPages: new OpenPages(config.maxOpenPages, (id) =>
      log.info({ rsvpId: id }, "open page evicted"),
    ),
    upstream,
    jobs: new Map(),
  };
}
