import {
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
} from "prom-client";
import { getConfig } from "../config";
import { getSingleton } from "../singleton";
import { registerLiveMetrics } from "./live-metrics";

/**
 * The metrics this process counts as things happen. Figures that already
 * live somewhere (the queue, the browser, the store) are read at scrape
 * time instead, by the collectors of live-metrics.ts.
 */
export interface Metrics {
  registry: Registry;
  jobs: Counter<"outcome" | "code">;
  stateSeconds: Histogram<"state">;
  stepSeconds: Histogram<"phase" | "step">;
  formChecks: Counter<"result">;
  formCheckLastSuccess: Gauge;
  staffSignIns: Counter<"result">;
}

/** One registry per process, shared by every route bundle. */
export function getMetrics(): Metrics {
  return getSingleton("metrics", createMetrics);
}

function createMetrics(): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ dyno: getConfig().instanceId });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  registerLiveMetrics(registry);

  return {
    registry,
    jobs: new Counter({
      name: "rsvp_jobs_total",
      help: "RSVPs that reached preview, confirmed or failed (with its code)",
      labelNames: ["outcome", "code"],
      registers,
    }),
    stateSeconds: new Histogram({
      name: "rsvp_state_duration_seconds",
      help: "Time an RSVP spent in a state before it changed",
      labelNames: ["state"],
      buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
      registers,
    }),
    stepSeconds: new Histogram({
      name: "rsvp_step_duration_seconds",
      help: "Time each step of the form map took on the third-party site",
      labelNames: ["phase", "step"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
      registers,
    }),
    formChecks: new Counter({
      name: "rsvp_form_checks_total",
      help: "Form checks run on this instance, by result",
      labelNames: ["result"],
      registers,
    }),
    formCheckLastSuccess: new Gauge({
      name: "rsvp_form_check_last_success_timestamp_seconds",
      help: "When a form check last passed on this instance (Unix time)",
      registers,
    }),
    staffSignIns: new Counter({
      name: "rsvp_staff_sign_ins_total",
      help: "Staff sign-in attempts, by result",
      labelNames: ["result"],
      registers,
    }),
  };
}
