import type { SaturationResult } from "./saturation-phase";
import type { UnloadedResult } from "./unloaded-phase";

/** Two rounds of the unloaded phase as one. */
export function mergeUnloaded(
  earlier: UnloadedResult | undefined,
  later: UnloadedResult,
): UnloadedResult {
  if (!earlier) return later;

  return {
    previewMs: [...earlier.previewMs, ...later.previewMs],
    confirmMs: [...earlier.confirmMs, ...later.confirmMs],
    previewBytes: [...earlier.previewBytes, ...later.previewBytes],
    confirmed: earlier.confirmed + later.confirmed,
    failed: earlier.failed + later.failed,
  };
}

/** Two rounds of saturation as one: rates over the summed windows. */
export function mergeSaturation(
  earlier: SaturationResult | undefined,
  later: SaturationResult,
): SaturationResult {
  if (!earlier) return later;

  const windowMs = earlier.windowMs + later.windowMs;
  const flows = [...earlier.flows, ...later.flows];
  const cpuSeconds = earlier.cpuSeconds + later.cpuSeconds;
  const lost = { ...earlier.lost };
  for (const [outcome, count] of Object.entries(later.lost)) {
    lost[outcome] = (lost[outcome] ?? 0) + count;
  }

  return {
    windowMs,
    rsvpsPerMinute: (flows.length * 60_000) / windowMs,
    flows,
    totalConfirmed: earlier.totalConfirmed + later.totalConfirmed,
    lost,
    peakPssMb: Math.max(earlier.peakPssMb, later.peakPssMb),
    cpuSeconds,
    cpuSecondsPerRsvp: cpuSeconds / Math.max(1, flows.length),
    health: {
      allMs: [...earlier.health.allMs, ...later.health.allMs],
      saturatedMs: [...earlier.health.saturatedMs, ...later.health.saturatedMs],
      failures: earlier.health.failures + later.health.failures,
    },
  };
}
