import { fitLine } from "./stats";

/** A Heroku dyno size, with the CPU we assume it gets. */
interface Dyno {
  name: string;
  ramMb: number;
  /**
   * Cores, against this machine's. Heroku rates Performance-M at "12x"
   * compute and dedicated, like this 2-core machine; the others follow
   * their ratings: Standard-1X 1x-4x, Standard-2X 2x-8x, Performance-L 50x.
   */
  cores: number;
}

export const dynos: readonly Dyno[] = [
  { name: "Standard-1X", ramMb: 512, cores: 0.5 },
  { name: "Standard-2X", ramMb: 1024, cores: 1 },
  { name: "Performance-M", ramMb: 2560, cores: 2 },
  { name: "Performance-L", ramMb: 14336, cores: 8 },
];

/** What the benchmark measured of "ours" that sizing depends on. */
export interface SizingInputs {
  /** The tree with the browser warm and nothing held. */
  idleMb: number;
  /** One more RSVP held in preview. */
  mbPerHeldPreview: number;
  /** Saturation runs: slots against peak PSS, throughput and health. */
  runs: {
    slots: number;
    peakPssMb: number;
    rsvpsPerMinute: number;
    healthP99Ms: number;
  }[];
  /**
   * A saturated run holding no page (MAX_OPEN_PAGES=0) of the same
   * build: what its peak has above the idle tree is the busy slots'.
   */
  noPagesRun?: { slots: number; peakPssMb: number };
  /** Cores of the machine the runs were on. */
  cores: number;
}

export interface Recommendation {
  dyno: string;
  ramMb: number;
  maxConcurrentBrowsers: number;
  maxOpenPages: number;
  /** The tree's expected peak with both limits reached, in MB. */
  expectedPeakMb: number;
}

// Headroom below the dyno's RAM: Heroku counts page cache and Node's heap
// grows between collections, and at 100% it starts swapping (R14).
const usableShare = 0.85;

// The target for /api/health while every slot is busy.
export const healthBudgetMs = 50;

export function keptHealthBudget(run: { healthP99Ms: number }): boolean {
  return run.healthP99Ms <= healthBudgetMs;
}

/**
 * Slots: as many per core as kept /api/health within its budget here
 * (see getBestSlots), but no more than memory allows with one held page
 * per slot. Open pages: whatever memory remains after the idle tree and
 * the busy slots.
 */
export function recommendSizing(inputs: SizingInputs): Recommendation[] {
  const mbPerSlot = getMbPerSlot(inputs);
  const slotsPerCore = getBestSlots(inputs) / inputs.cores;

  const { idleMb, mbPerHeldPreview: perPage } = inputs;

  return dynos.map((dyno) => {
    const usable = dyno.ramMb * usableShare - idleMb;
    const byCpu = Math.max(1, Math.round(dyno.cores * slotsPerCore));
    const byMemory = Math.floor(usable / (mbPerSlot + perPage));
    const slots = Math.max(1, Math.min(byCpu, byMemory));
    const pages = Math.max(
      0,
      Math.floor((usable - slots * mbPerSlot) / perPage),
    );

    return {
      dyno: dyno.name,
      ramMb: dyno.ramMb,
      maxConcurrentBrowsers: slots,
      maxOpenPages: pages,
      expectedPeakMb: Math.round(idleMb + slots * mbPerSlot + pages * perPage),
    };
  });
}

/**
 * Memory a busy slot adds at peak: from the run that held no page if
 * there was one (held pages would be counted as the slots' otherwise),
 * else the slope of peak PSS over slots.
 */
export function getMbPerSlot(inputs: SizingInputs): number {
  const noPages = inputs.noPagesRun;
  if (noPages && noPages.peakPssMb > inputs.idleMb) {
    return (noPages.peakPssMb - inputs.idleMb) / noPages.slots;
  }
  const points = inputs.runs.map((run) => ({
    x: run.slots,
    y: run.peakPssMb,
  }));
  const line = fitLine(points);
  if (points.length >= 2 && line.slope > 0) return line.slope;

  const [run] = inputs.runs;
  return run ? Math.max(0, run.peakPssMb - inputs.idleMb) / run.slots : 0;
}

/**
 * Every slot busy is a browser competing with the web server for the
 * cores, so more slots buy throughput at the price of slower answers.
 * The slots kept here: among the runs whose /api/health p99 stayed within
 * its budget, the fewest within 5% of their best throughput; if none
 * stayed within it, the fewest tried.
 */
export function getBestSlots(inputs: SizingInputs): number {
  const responsive = inputs.runs.filter(keptHealthBudget);
  if (responsive.length === 0) {
    const tried = inputs.runs.map((run) => run.slots);
    return tried.length > 0 ? Math.min(...tried) : 1;
  }
  const best = Math.max(...responsive.map((run) => run.rsvpsPerMinute));
  const enough = responsive
    .filter((run) => run.rsvpsPerMinute >= 0.95 * best)
    .map((run) => run.slots);

  return Math.min(...enough);
}
