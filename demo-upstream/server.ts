import { createServer } from "node:http";
import type { Server } from "node:http";
import { applyFaultChange } from "./faults";
import type { DemoFaults } from "./faults";
import type { DemoRegistration } from "./registrations";
import { createRequestHandler } from "./router";
import { createSiteState } from "./site-state";

export { readFaultControlFromEnv, readFaultsFromEnv } from "./faults";
export type { DemoFaults, HangMode } from "./faults";
export type { DemoRegistration } from "./registrations";

/** A running demo third-party site. */
export interface DemoUpstream {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:41234". */
  url: string;
  port: number;
  /** Stops the site, cutting off open and hanging connections too. */
  close(): Promise<void>;
  /** A copy of every final submission, oldest first. */
  registrations(): DemoRegistration[];
  /**
   * Changes the faults; keys left out keep their value.
   * @throws FaultConfigError when a value is out of range.
   */
  setFaults(faults: Partial<DemoFaults>): void;
}

export interface DemoUpstreamOptions {
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** Faults to start with. @default none */
  faults?: Partial<DemoFaults>;
  /** Lets POST /__faults change the faults at run time. @default false */
  allowFaultControl?: boolean;
}

/**
 * Starts the demo third-party site: a multi-step registration form for the
 * Hikvision Partner Summit 2027, kept in memory, that logs nothing.
 * @throws FaultConfigError for a fault out of range, RangeError for a bad
 * port, and the listen error (e.g. EADDRINUSE) when the port is taken.
 */
export async function startDemoUpstream(
  options: DemoUpstreamOptions = {},
): Promise<DemoUpstream> {
  const host = options.host ?? "127.0.0.1";
  const closing = new AbortController();
  const state = createSiteState({ ...options, closing: closing.signal });
  const server = createServer(createRequestHandler(state));

  const port = await listen(server, { port: options.port ?? 0, host });
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () => closeServer(server, closing),
    registrations: () => state.registrations.list(),
    setFaults: (faults) => {
      state.faults = applyFaultChange(state.faults, faults);
    },
  };
}

function listen(
  server: Server,
  where: { port: number; host: string },
): Promise<number> {
  if (!Number.isInteger(where.port) || where.port < 0 || where.port > 65535) {
    throw new RangeError(`port must be 0 to 65535; got ${where.port}`);
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(where.port, where.host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(
        typeof address === "object" && address !== null
          ? address.port
          : where.port,
      );
    });
  });
}

function closeServer(server: Server, closing: AbortController): Promise<void> {
  closing.abort();

  return new Promise((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive sockets and hanging requests would hold close() open.
    server.closeAllConnections();
  });
}
