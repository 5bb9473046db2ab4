import { randomBytes } from "node:crypto";
import { BrowserPool } from "../browser/browser-pool";
import { Liveness } from "../cluster/liveness";
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
  /** This process: the instance name plus a per-boot suffix. */
  owner: string;
  event: RsvpEvent;
  inputSchema: RsvpInputSchema;
  store: SessionStore;
  queue: Semaphore;
  liveness: Liveness;
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
    startRuntime().then(
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

async function startRuntime(): Promise<Runtime> {
  const config = getConfig();
  return createRuntime({
    config,
    event: getEvent(),
    store: getStore(),
    queue: getQueue(),
    upstream: await startUpstream(config),
  });
}

/** Puts the parts of an instance together; tests pass their own parts. */
export function createRuntime(parts: {
  config: Config;
  event: RsvpEvent;
  store: SessionStore;
  queue: Semaphore;
  upstream: Upstream;
}): Runtime {
  const { config, event, store, upstream } = parts;
  const log = getLogger();
  const owner = `${config.instanceId}.${randomBytes(3).toString("hex")}`;
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
    owner,
    event,
    inputSchema: createRsvpInputSchema({
      maxGuests: event.maxGuests,
      sessionIds: event.sessions.map((session) => session.id),
    }),
    store,
    queue: parts.queue,
    liveness: new Liveness(store, owner),
    browsers,
    openPages: new OpenPages(config.maxOpenPages, (id) =>
      log.info({ rsvpId: id }, "open page evicted"),
    ),
    upstream,
    jobs: new Map(),
  };
}
