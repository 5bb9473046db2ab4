import { describe, expect, it } from "vitest";
import {
  getBestSlots,
  getMbPerSlot,
  recommendSizing,
  type SizingInputs,
} from "./recommend";

// The figures of a full run on the 2-core machine the README names.
const measured: SizingInputs = {
  idleMb: 199,
  mbPerHeldPreview: 18.9,
  cores: 2,
  runs: [
    { slots: 2, peakPssMb: 627, rsvpsPerMinute: 107, healthP99Ms: 48.2 },
    { slots: 3, peakPssMb: 800, rsvpsPerMinute: 111, healthP99Ms: 57.8 },
    { slots: 4, peakPssMb: 736, rsvpsPerMinute: 117, healthP99Ms: 68.8 },
    { slots: 6, peakPssMb: 768, rsvpsPerMinute: 124, healthP99Ms: 90.3 },
  ],
  noPagesRun: { slots: 3, peakPssMb: 524 },
};

describe("getBestSlots", () => {
  it("keeps the slots that left /api/health within its budget", () => {
    expect(getBestSlots(measured)).toBe(2);
  });

  it("takes the fewest near the best throughput among those", () => {
    const runs = [
      { slots: 2, peakPssMb: 0, rsvpsPerMinute: 100, healthP99Ms: 20 },
      { slots: 3, peakPssMb: 0, rsvpsPerMinute: 103, healthP99Ms: 30 },
      { slots: 4, peakPssMb: 0, rsvpsPerMinute: 130, healthP99Ms: 40 },
      { slots: 6, peakPssMb: 0, rsvpsPerMinute: 133, healthP99Ms: 45 },
    ];

    expect(getBestSlots({ ...measured, runs })).toBe(4);
  });

  it("falls back to the fewest tried when none stayed within it", () => {
    const runs = measured.runs.map((run) => ({ ...run, healthP99Ms: 80 }));

    expect(getBestSlots({ ...measured, runs })).toBe(2);
  });
});

describe("getMbPerSlot", () => {
  it("reads a busy slot's memory off the run that held no page", () => {
    expect(getMbPerSlot(measured)).toBeCloseTo((524 - 199) / 3, 5);
  });

  it("fits peak over slots without that run", () => {
    const runs = [
      { slots: 2, peakPssMb: 400, rsvpsPerMinute: 1, healthP99Ms: 1 },
      { slots: 4, peakPssMb: 600, rsvpsPerMinute: 1, healthP99Ms: 1 },
    ];

    expect(getMbPerSlot({ ...measured, runs, noPagesRun: undefined })).toBe(
      100,
    );
  });
});

describe("recommendSizing", () => {
  it("fits every dyno's expected peak within 85% of its RAM", () => {
    for (const row of recommendSizing(measured)) {
      expect(row.maxConcurrentBrowsers).toBeGreaterThanOrEqual(1);
      expect(row.expectedPeakMb).toBeLessThanOrEqual(row.ramMb * 0.85);
    }
  });

  it("gives a dyno one slot per core here, and the rest to open pages", () => {
    const rows = recommendSizing(measured);
    const byDyno = new Map(rows.map((row) => [row.dyno, row]));

    expect(byDyno.get("Performance-M")?.maxConcurrentBrowsers).toBe(2);
    expect(byDyno.get("Performance-L")?.maxConcurrentBrowsers).toBe(8);
    expect(byDyno.get("Standard-1X")?.maxConcurrentBrowsers).toBe(1);
  });
});
