import type { EngineResult } from "./contender";
import { getPercentile, toPercentiles, type Percentiles } from "./stats";

/** The figures the issue asks for, per engine: the JSON's keys. */
export interface EngineSummary {
  rsvpsPerMinute: number;
  previewP50Ms: number;
  previewP95Ms: number;
  confirmP50Ms: number;
  peakPssMb: number;
  previewsIn512Mb: number;
  healthP99Ms: number;
  cpuSecondsPerRsvp: number;
}

/** Everything the table shows about one engine. */
export interface EngineFigures extends EngineSummary {
  previewUnloaded: Percentiles;
  confirmUnloaded: Percentiles;
  previewSaturated: Percentiles;
  confirmSaturated: Percentiles;
  idlePssMb: number;
  mbPerHeldPreview: number;
  previewsIn2560Mb: number;
  healthSamples: number;
  lost: number;
}

export const budgetsMb = { standard1x: 512, performanceM: 2560 } as const;

// Fewer saturated samples than this and p99 is read over all samples.
const minHealthSamples = 50;

export function summarizeEngine(result: EngineResult): EngineFigures {
  const { unloaded, held, saturation } = result;
  const previewUnloaded = toPercentiles(unloaded.previewMs);
  const confirmUnloaded = toPercentiles(unloaded.confirmMs);
  const flows = saturation?.flows ?? [];
  const health = saturation?.health;
  const healthMs =
    health && health.saturatedMs.length >= minHealthSamples
      ? health.saturatedMs
      : (health?.allMs ?? []);
  const fit = (budget: number) => countPreviewsFitting(result, budget);

  return {
    rsvpsPerMinute: saturation?.rsvpsPerMinute ?? Number.NaN,
    previewP50Ms: previewUnloaded.p50,
    previewP95Ms: previewUnloaded.p95,
    confirmP50Ms: confirmUnloaded.p50,
    peakPssMb: saturation?.peakPssMb ?? Number.NaN,
    previewsIn512Mb: fit(budgetsMb.standard1x),
    healthP99Ms: getPercentile(healthMs, 99),
    cpuSecondsPerRsvp: saturation?.cpuSecondsPerRsvp ?? Number.NaN,
    previewUnloaded,
    confirmUnloaded,
    previewSaturated: toPercentiles(flows.map((flow) => flow.previewMs ?? 0)),
    confirmSaturated: toPercentiles(flows.map((flow) => flow.confirmMs ?? 0)),
    idlePssMb: held?.line.intercept ?? Number.NaN,
    mbPerHeldPreview: held?.line.slope ?? Number.NaN,
    previewsIn2560Mb: fit(budgetsMb.performanceM),
    healthSamples: healthMs.length,
    lost: Object.values(saturation?.lost ?? {}).reduce((a, b) => a + b, 0),
  };
}

/**
 * How many RSVPs can wait in preview within `budgetMb` of PSS: the budget
 * less the idle tree, over the slope. A held preview costs at least its
 * stored screenshot, which bounds the slope of an engine that keeps no
 * page open (the measured slope is then noise around zero).
 */
export function countPreviewsFitting(
  result: EngineResult,
  budgetMb: number,
): number {
  const { held, unloaded } = result;
  if (!held) return Number.NaN;

  const bytes = unloaded.previewBytes;
  const screenshotMb =
    bytes.reduce((sum, size) => sum + size, 0) /
    Math.max(1, bytes.length) /
    (1024 * 1024);
  const slope = Math.max(held.line.slope, screenshotMb);
  const room = budgetMb - held.line.intercept;
  const fitting = room <= 0 || slope <= 0 ? 0 : Math.floor(room / slope);

  // The first design's held preview keeps a browser and a slot.
  return result.spec.name === "seed"
    ? Math.min(fitting, result.spec.slots)
    : fitting;
}
