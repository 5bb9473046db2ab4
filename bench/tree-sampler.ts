import {
  clockTicksPerSecond,
  getTreePssMb,
  listTree,
  type ProcStat,
} from "./proc-tree";

export interface TreeSample {
  atMs: number;
  pssMb: number;
  cpuSeconds: number;
  processes: number;
}

/**
 * Samples a process tree's PSS and CPU on a timer, so a peak between two
 * phases' end points is still seen.
 *
 * CPU: a live process's own time plus that of the children it reaped
 * (cutime). Chromium's zygotes are not reaped by the browser when it
 * closes, so their time (and their renderers') would vanish with them; a
 * process that disappears while its parent is gone too is kept at the
 * time last seen. What it used after that sample is lost.
 */
export class TreeSampler {
  private timer: NodeJS.Timeout | undefined;
  private peak: TreeSample | undefined;
  private lastSeen = new Map<number, ProcStat>();
  private orphanedTicks = 0;

  constructor(
    private readonly rootPid: number,
    private readonly intervalMs = 250,
  ) {}

  /** One sample now. */
  sample(): TreeSample {
    const tree = listTree(this.rootPid);
    const sample = {
      atMs: performance.now(),
      pssMb: getTreePssMb(tree),
      cpuSeconds: this.countCpuSeconds(tree),
      processes: tree.length,
    };
    if (!this.peak || sample.pssMb > this.peak.pssMb) this.peak = sample;

    return sample;
  }

  /** Starts sampling and forgets the previous peak. */
  start(): void {
    this.stop();
    this.peak = undefined;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The largest PSS seen since start(), in MB. */
  get peakPssMb(): number {
    return this.peak?.pssMb ?? 0;
  }

  /** The mean PSS of a few samples `gapMs` apart: a settled figure. */
  async sampleSettled(count = 3, gapMs = 250): Promise<TreeSample> {
    const samples: TreeSample[] = [];
    for (let index = 0; index < count; index += 1) {
      if (index > 0) await sleep(gapMs);
      samples.push(this.sample());
    }
    const last = samples[samples.length - 1] ?? this.sample();
    const pssMb =
      samples.reduce((sum, sample) => sum + sample.pssMb, 0) / samples.length;

    return { ...last, pssMb };
  }

  private countCpuSeconds(tree: ProcStat[]): number {
    const current = new Map(tree.map((stat) => [stat.pid, stat]));
    for (const [pid, stat] of this.lastSeen) {
      if (!current.has(pid) && !current.has(stat.ppid)) {
        this.orphanedTicks += stat.ticks;
      }
    }
    this.lastSeen = current;
    const liveTicks = tree.reduce((sum, stat) => sum + stat.ticks, 0);

    return (liveTicks + this.orphanedTicks) / clockTicksPerSecond;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
