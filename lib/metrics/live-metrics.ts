import { Counter, Gauge, type Registry } from "prom-client";
import { z } from "zod";
import { getBacklog, listLiveInstances } from "../cluster/heartbeat";
import { getQueue, peekRuntime } from "../rsvp/runtime";
import { getStore } from "../store/get-store";
import type { SessionStore } from "../store/types";
import { getBrowserMemory } from "./browser-memory";

/**
 * Gauges and counters read from where the figures already live, at the
 * moment Prometheus scrapes, so no code path has to remember to count.
 */
export function registerLiveMetrics(registry: Registry): void {
  const registers = [registry];
  const gauge = (name: string, help: string, read: () => number | null) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const value = read();
        if (value === null) this.reset();
        else this.set(value);
      },
    });
  const counter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers,
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  const queue = () => getQueue().stats;
  const runtime = () => peekRuntime();

  gauge("rsvp_queue_active", "Browser jobs running", () => queue().active);
  gauge("rsvp_queue_pending", "Browser jobs waiting", () => queue().pending);
  gauge(
    "rsvp_queue_max_concurrent",
    "Browser job slots",
    () => queue().maxConcurrent,
  );
  gauge(
    "rsvp_queue_max_pending",
    "Jobs allowed to wait",
    () => queue().maxPending,
  );
  gauge("rsvp_browser_up", "1 while the browser runs", () =>
    runtime()?.browsers.state === "running" ? 1 : 0,
  );
  gauge(
    "rsvp_browser_memory_bytes",
    "PSS of the Chromium process tree",
    () => getBrowserMemory().bytes,
  );
  counter(
    "rsvp_browser_launches_total",
    "Chromium launches",
    () => runtime()?.browsers.launches ?? 0,
  );
  counter(
    "rsvp_browser_crashes_total",
    "Chromium disconnects",
    () => runtime()?.browsers.crashes ?? 0,
  );
  gauge(
    "rsvp_open_pages",
    "Filled pages held for a confirm",
    () => runtime()?.openPages.size ?? 0,
  );
  counter(
    "rsvp_open_page_evictions_total",
    "Held pages closed early",
    () => runtime()?.openPages.evictions ?? 0,
  );
  registerStoreMetrics(registry);
  registerClusterMetrics(registry);
}

function registerStoreMetrics(registry: Registry): void {
  const registers = [registry];
  new Gauge({
    name: "rsvp_store_connected",
    help: "1 while the shared store answers; 0 in fallback or without one",
    registers,
    collect() {
      this.set(getStore().status === "connected" ? 1 : 0);
    },
  });
  for (const kind of ["errors", "fallbacks"] as const) {
    new Counter({
      name: `rsvp_store_${kind}_total`,
      help:
        kind === "errors"
          ? "Shared store operations that failed"
          : "Switches from the shared store to this instance's memory",
      registers,
      collect() {
        this.reset();
        this.inc(readStoreCounts(getStore())?.[kind] ?? 0);
      },
    });
  }
}

function registerClusterMetrics(registry: Registry): void {
  const readCluster = async () => {
    const runtime = peekRuntime();
    if (!runtime) return null;
    return listLiveInstances(runtime.store).catch(() => null);
  };
  new Gauge({
    name: "rsvp_cluster_instances",
    help: "Instances with a live heartbeat, this one included",
    registers: [registry],
    async collect() {
      const live = await readCluster();
      if (live) this.set(live.length);
    },
  });
  new Gauge({
    name: "rsvp_cluster_backlog",
    help: "Browser jobs running or waiting over all live instances",
    registers: [registry],
    async collect() {
      const live = await readCluster();
      if (live) this.set(getBacklog(live));
    },
  });
}

const storeCountsSchema = z.object({
  errors: z.number(),
  fallbacks: z.number(),
});

/** Only the store that falls back to memory keeps these counts. */
function readStoreCounts(store: SessionStore) {
  const parsed = storeCountsSchema.safeParse(Reflect.get(store, "counts"));
  return parsed.success ? parsed.data : undefined;
}
