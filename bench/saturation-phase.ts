import { runAttendeeFlow, type FlowResult } from "./attendee-flow";
import { startHealthProbe, type HealthProbeResult } from "./health-probe";
import { sleep, type TreeSampler } from "./tree-sampler";

export interface SaturationResult {
  /** How long throughput and CPU were counted. */
  windowMs: number;
  /** RSVPs confirmed inside the measured window, per minute. */
  rsvpsPerMinute: number;
  /** Flows that ended confirmed inside the window. */
  flows: FlowResult[];
  /** Every flow that ended confirmed, in the window or not. */
  totalConfirmed: number;
  /** Flows that ended any other way, by outcome. */
  lost: Record<string, number>;
  peakPssMb: number;
  /** CPU the tree used inside the window. */
  cpuSeconds: number;
  cpuSecondsPerRsvp: number;
  health: HealthProbeResult;
}

export interface SaturationOptions {
  baseUrl: string;
  sampler: TreeSampler;
  /** Attendees in flight at once; each starts again when it finishes. */
  attendees: number;
  /** Not counted: the time it takes the queue to fill. */
  rampMs: number;
  windowMs: number;
  pollMs: number;
  reviewMs: number;
  healthGapMs: number;
}

/**
 * A closed loop of attendees, each reading its preview for a while before
 * confirming and running the whole flow again as soon as it ends, while an uptime probe asks /api/health. Throughput and CPU
 * are counted over a window after the ramp; no attendee starts after it,
 * and those in flight finish (each bounded by its own timeout).
 */
export async function runSaturationPhase(
  options: SaturationOptions,
): Promise<SaturationResult> {
  const { sampler } = options;
  const started = performance.now();
  const windowStart = started + options.rampMs;
  const windowEnd = windowStart + options.windowMs;
  const ended: FlowResult[] = [];
  sampler.start();
  const probe = startHealthProbe(options.baseUrl, options.healthGapMs);
  const loops = Array.from({ length: options.attendees }, () =>
    runLoop(options, windowEnd, ended),
  );

  await sleep(options.rampMs);
  const cpuAtStart = sampler.sample().cpuSeconds;
  await sleep(Math.max(0, windowEnd - performance.now()));
  const cpuAtEnd = sampler.sample().cpuSeconds;
  const health = await probe.stop();
  await Promise.all(loops);
  sampler.stop();

  return summarizeWindow({
    ended,
    window: { start: windowStart, end: windowEnd, ms: options.windowMs },
    cpuSeconds: cpuAtEnd - cpuAtStart,
    peakPssMb: sampler.peakPssMb,
    health,
  });
}

function summarizeWindow(parts: {
  ended: FlowResult[];
  window: { start: number; end: number; ms: number };
  cpuSeconds: number;
  peakPssMb: number;
  health: HealthProbeResult;
}): SaturationResult {
  const { ended, window, cpuSeconds } = parts;
  const flows = ended.filter(
    (flow) =>
      flow.outcome === "confirmed" &&
      flow.endedAt >= window.start &&
      flow.endedAt <= window.end,
  );
  const lost: Record<string, number> = {};
  for (const flow of ended) {
    if (flow.outcome !== "confirmed") {
      lost[flow.outcome] = (lost[flow.outcome] ?? 0) + 1;
    }
  }

  return {
    windowMs: window.ms,
    rsvpsPerMinute: (flows.length * 60_000) / window.ms,
    flows,
    totalConfirmed: ended.filter((flow) => flow.outcome === "confirmed").length,
    lost,
    peakPssMb: parts.peakPssMb,
    cpuSeconds,
    cpuSecondsPerRsvp: cpuSeconds / Math.max(1, flows.length),
    health: parts.health,
  };
}

async function runLoop(
  options: SaturationOptions,
  stopAt: number,
  ended: FlowResult[],
): Promise<void> {
  while (performance.now() < stopAt) {
    const flow = await runAttendeeFlow({
      baseUrl: options.baseUrl,
      pollMs: options.pollMs,
      reviewMs: options.reviewMs,
      timeoutMs: 120_000,
    });
    ended.push(flow);
    // A refused RSVP waits as Retry-After asks, scaled down.
    if (flow.outcome === "busy") await sleep(1_000);
  }
}
