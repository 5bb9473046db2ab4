import type { EngineResult } from "./contender";
import {
  getBestSlots,
  getMbPerSlot,
  healthBudgetMs,
  keptHealthBudget,
  recommendSizing,
  type SizingInputs,
} from "./recommend";
import type { BenchRun } from "./report";
import { toFixed, toTriple } from "./report-table";
import { summarizeEngine } from "./summarize";

/** "ours" at each MAX_CONCURRENT_BROWSERS tried, when more than one. */
export function renderSweep(run: BenchRun): string {
  const runs = getSaturationRuns(run);
  if (runs.length < 2) return "";

  const lines = runs
    .sort((a, b) => a.spec.slots - b.spec.slots)
    .map((result) => {
      const figures = summarizeEngine(result);
      return (
        `| ${result.spec.slots} | ${toFixed(figures.rsvpsPerMinute, 1)} | ` +
        `${toFixed(figures.peakPssMb, 0)} | ` +
        `${toFixed(figures.cpuSecondsPerRsvp, 2)} | ` +
        `${toTriple(figures.previewSaturated)} | ` +
        `${toFixed(figures.healthP99Ms, 1)} |`
      );
    });

  return [
    `"ours" by MAX_CONCURRENT_BROWSERS (${run.profile.attendees} attendees):`,
    "",
    "| slots | RSVPs/min | peak PSS (MB) | CPU s/RSVP | " +
      "preview p50/p95/p99 saturated (ms) | health p99 (ms) |",
    "|---:|---:|---:|---:|---:|---:|",
    ...lines,
    "",
  ].join("\n");
}

/** The per-dyno settings derived from this run, and how. */
export function renderSizing(run: BenchRun): string {
  const inputs = getSizingInputs(run);
  if (!inputs) return "";

  const rows = recommendSizing(inputs).map(
    (row) =>
      `| ${row.dyno} | ${row.ramMb} | ${row.maxConcurrentBrowsers} | ` +
      `${row.maxOpenPages} | ${row.expectedPeakMb} |`,
  );

  return [
    renderV8Defaults(run),
    'Per-dyno settings for "ours":',
    "",
    "| dyno | RAM (MB) | MAX_CONCURRENT_BROWSERS | MAX_OPEN_PAGES | " +
      "expected peak PSS (MB) |",
    "|---|---:|---:|---:|---:|",
    ...rows,
    "",
    `From this run: idle tree ${toFixed(inputs.idleMb, 0)} MB, ` +
      `${toFixed(inputs.mbPerHeldPreview, 1)} MB per held preview, ` +
      `${toFixed(getMbPerSlot(inputs), 1)} MB per busy slot at peak, ` +
      describeSlots(inputs) +
      `Slots = min(cores x those slots per core, ` +
      `what 85% of RAM holds with one page per slot); open pages = the ` +
      `rest of 85% of RAM over the per-preview figure.`,
  ].join("\n");
}

function getSaturationRuns(run: BenchRun): EngineResult[] {
  const ours = run.engines.ours;
  return [...(ours ? [ours] : []), ...run.sweep].filter(
    (result) => result.saturation,
  );
}

function getSizingInputs(run: BenchRun): SizingInputs | undefined {
  const ours = run.engines.ours;
  if (!ours?.held) return undefined;

  const runs = getSaturationRuns(run).map((result) => ({
    slots: result.spec.slots,
    peakPssMb: result.saturation?.peakPssMb ?? 0,
    rsvpsPerMinute: result.saturation?.rsvpsPerMinute ?? 0,
    healthP99Ms: summarizeEngine(result).healthP99Ms,
  }));
  const noPages = run.oursReplay;
  return {
    idleMb: ours.held.line.intercept,
    mbPerHeldPreview: ours.held.line.slope,
    runs,
    cores: run.machine.nproc,
    noPagesRun: noPages?.saturation && {
      slots: noPages.spec.slots,
      peakPssMb: noPages.saturation.peakPssMb,
    },
  };
}

/** "ours" without the Procfile's Node.js flags, beside "ours" with them. */
function renderV8Defaults(run: BenchRun): string {
  const result = run.oursV8Defaults;
  if (!result) return "";

  const figures = summarizeEngine(result);
  const shipped = run.engines.ours?.spec.nodeOptions ?? "";
  return (
    `"ours" with V8's default heap sizes (NODE_OPTIONS without the ` +
    `Procfile's \`${shipped}\`): idle ` +
    `tree ${toFixed(figures.idlePssMb, 0)} MB, ` +
    `${toFixed(figures.mbPerHeldPreview, 1)} MB per held preview: ` +
    `${toFixed(figures.previewsIn512Mb, 0)} previews within 512 MB, ` +
    `${toFixed(figures.previewsIn2560Mb, 0)} within 2.5 GB; saturated ` +
    `${toFixed(figures.rsvpsPerMinute, 1)} RSVPs/min at a peak of ` +
    `${toFixed(figures.peakPssMb, 0)} MB, ` +
    `/api/health p99 ${toFixed(figures.healthP99Ms, 1)} ms, ` +
    `${toFixed(figures.cpuSecondsPerRsvp, 2)} CPU s per RSVP.\n`
  );
}

function describeSlots(inputs: SizingInputs): string {
  const slots = getBestSlots(inputs);
  return inputs.runs.some(keptHealthBudget)
    ? `${slots} slots on ${inputs.cores} cores kept /api/health p99 ` +
        `within ${healthBudgetMs} ms at the best throughput. `
    : `no slot count kept /api/health p99 within ${healthBudgetMs} ms, ` +
        `so the fewest tried: ${slots} on ${inputs.cores} cores. `;
}
