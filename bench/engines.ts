import { startChildService, type ChildService } from "./child-service";
import { readShippedNodeOptions } from "./shipped-node-options";

export type EngineName = "ours" | "seed" | "cluster";

/** One design under test, and the knobs it runs with. */
export interface EngineSpec {
  name: EngineName;
  /** A name for the table when the knobs differ from the defaults. */
  label: string;
  slots: number;
  maxQueue: number;
  maxOpenPages: number;
  /**
   * NODE_OPTIONS for the Next.js server: the Procfile's unless a variant
   * says otherwise ("" for V8's defaults). Cluster's bare server always
   * runs with V8's defaults, as a team picking it would start it.
   */
  nodeOptions: string;
}

export const engineNames: readonly EngineName[] = ["ours", "seed", "cluster"];

/**
 * The three designs with the same slots and queue: three browser jobs at
 * once and twenty waiting, as the first design ran. "ours" and "seed",
 * two modes of the same service, start as the Procfile starts it.
 */
export function createEngineSpec(
  name: EngineName,
  overrides: Partial<EngineSpec> = {},
): EngineSpec {
  return {
    name,
    label: name,
    slots: 3,
    maxQueue: 20,
    maxOpenPages: 200,
    nodeOptions: name === "cluster" ? "" : getShippedNodeOptions(),
    ...overrides,
  };
}

/**
 * Starts an engine against the third-party site at `upstreamUrl`: for
 * "ours" and "seed" the production build (`next start` in `appDir`), for
 * "cluster" the benchmark's own puppeteer-cluster server.
 */
export function startEngine(
  spec: EngineSpec,
  where: { upstreamUrl: string; appDir: string },
): Promise<ChildService> {
  return spec.name === "cluster"
    ? startClusterServer(spec, where.upstreamUrl)
    : startNextServer(spec, where);
}

let shippedNodeOptions: string | undefined;

/** The Procfile's flags, read once for every engine and variant. */
function getShippedNodeOptions(): string {
  shippedNodeOptions ??= readShippedNodeOptions(".");
  return shippedNodeOptions;
}

function startClusterServer(spec: EngineSpec, upstreamUrl: string) {
  return startChildService({
    args: [
      "--import",
      "tsx",
      "bench/cluster/server.ts",
      "--port={port}",
      `--slots=${spec.slots}`,
      `--queue=${spec.maxQueue}`,
      `--upstream=${upstreamUrl}`,
    ],
    env: { NODE_ENV: "production" },
    readyPath: "/api/health",
  });
}

function startNextServer(
  spec: EngineSpec,
  where: { upstreamUrl: string; appDir: string },
) {
  return startChildService({
    args: [
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      "{port}",
      "-H",
      "127.0.0.1",
    ],
    env: {
      NODE_ENV: "production",
      // As the Procfile starts it: the service drains on SIGTERM itself.
      NEXT_MANUAL_SIG_HANDLE: "true",
      NODE_OPTIONS: spec.nodeOptions,
      SESSION_SECRET: "bench-secret-bench-secret-bench-secret",
      COOKIE_SECURE: "false",
      RATE_LIMIT_PER_MINUTE: "0",
      // The memory store: one instance, as the cluster server has.
      REDIS_URL: "",
      UPSTASH_REDIS_REST_URL: "",
      UPSTASH_REDIS_REST_TOKEN: "",
      UPSTREAM_BASE_URL: where.upstreamUrl,
      BROWSER_MODE: spec.name === "seed" ? "per-rsvp" : "shared",
      MAX_CONCURRENT_BROWSERS: String(spec.slots),
      MAX_QUEUE: String(spec.maxQueue),
      MAX_OPEN_PAGES: String(spec.maxOpenPages),
    },
    readyPath: "/api/health",
    cwd: where.appDir,
  });
}

/** The bundled demo third-party site, alone in its own process. */
export function startDemoSite(): Promise<ChildService> {
  return startChildService({
    args: ["--import", "tsx", "demo-upstream/cli.ts", "--port", "{port}"],
    env: {},
    readyPath: "/healthz",
  });
}
