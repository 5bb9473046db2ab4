import { toFixed } from "./report-table";
import type { Percentiles } from "./stats";
import type { EngineFigures } from "./summarize";

export interface TargetCheck {
  target: string;
  measured: string;
  /** undefined when a figure it needs was not measured. */
  holds: boolean | undefined;
}

export interface TargetInputs {
  ours?: EngineFigures;
  seed?: EngineFigures;
  cluster?: EngineFigures;
  oursReplay?: Percentiles;
  /** "ours" with MAX_OPEN_PAGES=0: confirms replay, as cluster's do. */
  oursNoOpenPages?: EngineFigures;
}

const nan = Number.NaN;

/** The targets, checked against this run's figures. */
export function checkTargets(inputs: TargetInputs): TargetCheck[] {
  return [
    ...checkThroughput(inputs),
    ...checkMemory(inputs),
    ...checkLatency(inputs),
  ];
}

function checkThroughput(inputs: TargetInputs) {
  const { ours, seed, cluster } = inputs;
  const rate = ours?.rsvpsPerMinute ?? nan;
  const clusterRate = cluster?.rsvpsPerMinute ?? nan;
  const vsSeed = rate / (seed?.rsvpsPerMinute ?? nan);
  const vsCluster = rate / clusterRate;
  const [peak = nan, seedPeak = nan, clusterPeak = nan] = [
    ours,
    seed,
    cluster,
  ].map((figures) => figures?.peakPssMb ?? nan);

  return [
    judge("throughput >= 3x seed", times(vsSeed), [vsSeed], () => vsSeed >= 3),
    judge(
      "throughput >= cluster",
      times(vsCluster),
      [vsCluster],
      () => vsCluster >= 1,
    ),
    judgePeak("peak PSS <= seed's and cluster's (pages held)", peak, {
      seedPeak,
      clusterPeak,
    }),
    ...checkAtEqualMemory(inputs),
  ];
}

/**
 * Held pages are what "ours" spends memory on, to confirm without a
 * replay. Holding none, it runs in the memory cluster's design needs.
 */
function checkAtEqualMemory({ oursNoOpenPages, seed, cluster }: TargetInputs) {
  const rate = oursNoOpenPages?.rsvpsPerMinute ?? nan;
  const peak = oursNoOpenPages?.peakPssMb ?? nan;
  const seedRate = seed?.rsvpsPerMinute ?? nan;
  const clusterRate = cluster?.rsvpsPerMinute ?? nan;
  const seedPeak = seed?.peakPssMb ?? nan;
  const clusterPeak = cluster?.peakPssMb ?? nan;

  return [
    judge(
      "no page held (MAX_OPEN_PAGES=0): >= 3x seed and >= cluster",
      `${times(rate / seedRate)} seed, ${times(rate / clusterRate)} cluster`,
      [rate, seedRate, clusterRate],
      () => rate >= 3 * seedRate && rate >= clusterRate,
    ),
    judgePeak("no page held: peak PSS <= seed's and cluster's", peak, {
      seedPeak,
      clusterPeak,
    }),
  ];
}

function checkMemory({ ours, seed }: TargetInputs) {
  const in512 = ours?.previewsIn512Mb ?? nan;
  const in2560 = ours?.previewsIn2560Mb ?? nan;
  const seedIn2560 = seed?.previewsIn2560Mb ?? nan;

  return [
    judge(
      ">= 12 previews held within 512 MB",
      count(in512),
      [in512],
      () => in512 >= 12,
    ),
    judge(
      "2.5 GB: >= 5x the 512 MB figure and more than seed",
      `${count(in2560)} vs seed ${count(seedIn2560)}`,
      [in512, in2560, seedIn2560],
      () => in2560 >= 5 * in512 && in2560 > seedIn2560,
    ),
  ];
}

function checkLatency({ ours, oursReplay }: TargetInputs) {
  const preview = ours?.previewP50Ms ?? nan;
  const confirm = ours?.confirmP50Ms ?? nan;
  const replay = oursReplay?.p50 ?? nan;
  const health = ours?.healthP99Ms ?? nan;

  return [
    judge(
      "preview p50 <= 600 ms unloaded",
      ms(preview),
      [preview],
      () => preview <= 600,
    ),
    judge(
      "confirm p50 <= 400 ms, page open",
      ms(confirm),
      [confirm],
      () => confirm <= 400,
    ),
    judge(
      "confirm p50 <= 1.2 s by replay",
      ms(replay),
      [replay],
      () => replay <= 1200,
    ),
    judge(
      "/api/health p99 <= 50 ms, all slots busy",
      ms(health),
      [health],
      () => health <= 50,
    ),
  ];
}

function judgePeak(
  target: string,
  peak: number,
  { seedPeak, clusterPeak }: { seedPeak: number; clusterPeak: number },
): TargetCheck {
  return judge(
    target,
    `${mb(peak)} vs ${mb(seedPeak)} and ${mb(clusterPeak)}`,
    [peak, seedPeak, clusterPeak],
    () => peak <= Math.min(seedPeak, clusterPeak),
  );
}

function judge(
  target: string,
  measured: string,
  needs: number[],
  holds: () => boolean,
): TargetCheck {
  const isMeasured = needs.every((value) => Number.isFinite(value));

  return { target, measured, holds: isMeasured ? holds() : undefined };
}

function times(ratio: number): string {
  return `${toFixed(ratio, 2)}x`;
}

function count(value: number): string {
  return toFixed(value, 0);
}

function ms(value: number): string {
  return `${toFixed(value, 0)} ms`;
}

function mb(value: number): string {
  return `${toFixed(value, 0)} MB`;
}
