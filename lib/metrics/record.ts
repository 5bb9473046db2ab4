import type { RsvpStatus } from "../rsvp/status";
import { getMetrics } from "./registry";

/** The states whose arrival ends a browser job: its outcome. */
const outcomes: readonly RsvpStatus[] = ["preview", "confirmed", "failed"];

/** Counts one change of an RSVP's state and how long the last one held. */
export function recordTransition(change: {
  from: RsvpStatus;
  to: RsvpStatus;
  ms: number;
  errorCode: string | undefined;
}): void {
  const metrics = getMetrics();
  metrics.stateSeconds.observe({ state: change.from }, change.ms / 1000);
  if (!outcomes.includes(change.to)) return;

  const code = change.to === "failed" ? (change.errorCode ?? "unknown") : "";
  metrics.jobs.inc({ outcome: change.to, code });
}

/**
 * A step timer for the form-map runner's `onStep`. Step names come from
 * the form map, so their number is bounded by the map's length.
 */
export function toStepRecorder(
  phase: "fill" | "submit" | "check",
): (step: string, ms: number) => void {
  return (step, ms) =>
    getMetrics().stepSeconds.observe({ phase, step }, ms / 1000);
}
