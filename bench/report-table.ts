import type { EngineName } from "./engines";
import type { Percentiles } from "./stats";
import type { EngineFigures } from "./summarize";

export type FiguresByEngine = Partial<Record<EngineName, EngineFigures>>;

interface Row {
  label: string;
  show: (figures: EngineFigures) => string;
}

const rows: Row[] = [
  {
    label: "RSVPs per minute, saturated",
    show: (f) => toFixed(f.rsvpsPerMinute, 1),
  },
  {
    label: "preview p50/p95/p99 unloaded (ms)",
    show: (f) => toTriple(f.previewUnloaded),
  },
  {
    label: "confirm p50/p95/p99 unloaded (ms)",
    show: (f) => toTriple(f.confirmUnloaded),
  },
  {
    label: "preview p50/p95/p99 saturated (ms)",
    show: (f) => toTriple(f.previewSaturated),
  },
  {
    label: "confirm p50/p95/p99 saturated (ms)",
    show: (f) => toTriple(f.confirmSaturated),
  },
  {
    label: "peak PSS of the tree, saturated (MB)",
    show: (f) => toFixed(f.peakPssMb, 0),
  },
  {
    label: "idle PSS, browser warm, none held (MB)",
    show: (f) => toFixed(f.idlePssMb, 0),
  },
  {
    label: "PSS per RSVP held in preview (MB)",
    show: (f) => toFixed(f.mbPerHeldPreview, 1),
  },
  {
    label: "previews held within 512 MB",
    show: (f) => toFixed(f.previewsIn512Mb, 0),
  },
  {
    label: "previews held within 2.5 GB",
    show: (f) => toFixed(f.previewsIn2560Mb, 0),
  },
  {
    label: "/api/health p99, all slots busy (ms)",
    show: (f) => `${toFixed(f.healthP99Ms, 1)} (n=${f.healthSamples})`,
  },
  {
    label: "CPU seconds per RSVP",
    show: (f) => toFixed(f.cpuSecondsPerRsvp, 2),
  },
  {
    label: "RSVPs lost (failed, busy, timed out)",
    show: (f) => String(f.lost),
  },
];

/** Metrics down, engines across: the table. */
export function renderEngineTable(figures: FiguresByEngine): string {
  const names = Object.keys(figures) as EngineName[];
  const header = `| | ${names.join(" | ")} |`;
  const rule = `|---|${names.map(() => "---:").join("|")}|`;
  const lines = rows.map((row) => {
    const cells = names.map((name) => {
      const engine = figures[name];
      return engine ? row.show(engine) : "";
    });
    return `| ${row.label} | ${cells.join(" | ")} |`;
  });

  return [header, rule, ...lines].join("\n");
}

export function toTriple(value: Percentiles): string {
  if (value.count === 0) return "n/a";

  return [value.p50, value.p95, value.p99]
    .map((ms) => toFixed(ms, 0))
    .join(" / ");
}

export function toFixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}
