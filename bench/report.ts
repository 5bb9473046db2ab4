import type { EngineName } from "./engines";
import type { Machine } from "./machine";
import type { EngineResult } from "./contender";
import type { Profile } from "./profile";
import { renderSizing, renderSweep } from "./report-sizing";
import {
  renderEngineTable,
  toFixed,
  toTriple,
  type FiguresByEngine,
} from "./report-table";
import { roundTo as round, toPercentiles } from "./stats";
import {
  summarizeEngine,
  type EngineFigures,
  type EngineSummary,
} from "./summarize";
import { checkTargets } from "./targets";

export interface BenchRun {
  machine: Machine;
  profile: Profile;
  loadAtEnd: number;
  minutes: number;
  engines: Partial<Record<EngineName, EngineResult>>;
  oursReplay?: EngineResult;
  /** "ours" without the Procfile's Node.js flags, for comparison. */
  oursV8Defaults?: EngineResult;
  /** "ours" saturated at other MAX_CONCURRENT_BROWSERS values. */
  sweep: EngineResult[];
}

/** The Markdown report: machine, table, targets, sweep, sizing. */
export function renderReport(run: BenchRun): string {
  const figures = getFigures(run);
  const replay = run.oursReplay
    ? toPercentiles(run.oursReplay.unloaded.confirmMs)
    : undefined;
  const noOpenPages = run.oursReplay?.saturation
    ? summarizeEngine(run.oursReplay)
    : undefined;

  return [
    renderMachine(run),
    renderEngineTable(figures),
    "",
    `Confirm by replay ("ours", MAX_OPEN_PAGES=0), p50/p95/p99: ` +
      `${replay ? toTriple(replay) : "n/a"} ms. "cluster" always replays.`,
    noOpenPages ? renderNoOpenPages(noOpenPages) : "",
    "",
    renderRegistrations(run),
    "",
    renderTargets({
      ...figures,
      oursReplay: replay,
      oursNoOpenPages: noOpenPages,
    }),
    renderSweep(run),
    renderSizing(run),
  ].join("\n");
}

/**
 * The JSON object of the issue: exactly its keys, per engine. A figure
 * that was not measured is NaN, which JSON writes as null.
 */
export function toSummaryJson(run: BenchRun): string {
  const figures = getFigures(run);
  const summary: Partial<Record<EngineName, EngineSummary>> = {};
  for (const [name, engine] of Object.entries(figures)) {
    summary[name as EngineName] = {
      rsvpsPerMinute: round(engine.rsvpsPerMinute, 1),
      previewP50Ms: round(engine.previewP50Ms, 0),
      previewP95Ms: round(engine.previewP95Ms, 0),
      confirmP50Ms: round(engine.confirmP50Ms, 0),
      peakPssMb: round(engine.peakPssMb, 0),
      previewsIn512Mb: round(engine.previewsIn512Mb, 0),
      healthP99Ms: round(engine.healthP99Ms, 1),
      cpuSecondsPerRsvp: round(engine.cpuSecondsPerRsvp, 2),
    };
  }

  return JSON.stringify(summary);
}

function getFigures(run: BenchRun): FiguresByEngine {
  const figures: FiguresByEngine = {};
  for (const [name, result] of Object.entries(run.engines)) {
    figures[name as EngineName] = summarizeEngine(result);
  }

  return figures;
}

function renderMachine(run: BenchRun): string {
  const { machine, profile } = run;
  return [
    `Benchmark (${profile.isQuick ? "--quick" : "full"}), ` +
      `${toFixed(run.minutes, 1)} minutes. Machine: ${machine.nproc} cores, ` +
      `${machine.cpuModel}, Node ${machine.node}; 1-minute load ` +
      `${toFixed(machine.loadAtStart, 2)} at start, ` +
      `${toFixed(run.loadAtEnd, 2)} at end.`,
    "",
    "```",
    machine.memory,
    "```",
    "",
    `Workload: a demo site per engine on loopback; every engine at 3 ` +
      `slots, queue 20, all running at once and taking turns in ` +
      `${profile.rounds} round(s). Unloaded: ${profile.unloadedCount} ` +
      `attendees one at a time after ${profile.warmups} warm-ups, polling ` +
      `every ${profile.unloadedPollMs} ms. Saturated: ` +
      `${profile.attendees} attendees in a closed loop, each reading its ` +
      `preview for ${profile.reviewMs / 1000} s before confirming and ` +
      `polling every ${profile.loadedPollMs} ms as the RSVP page does, ` +
      `counted over ` +
      `${profile.windowMs / 1000} s in all, each turn after a ` +
      `${profile.rampMs / 1000} s ramp; /api/health asked every ` +
      `${profile.healthGapMs} ms. JSON latencies are the unloaded ones.`,
    "",
  ].join("\n");
}

/** "ours" saturated while it holds no page: at cluster's memory. */
function renderNoOpenPages(figures: EngineFigures): string {
  return (
    `Saturated with no page held (MAX_OPEN_PAGES=0, every confirm a ` +
    `replay): ${toFixed(figures.rsvpsPerMinute, 1)} RSVPs/min at a peak ` +
    `of ${toFixed(figures.peakPssMb, 0)} MB; confirm p50/p95/p99 ` +
    `${toTriple(figures.confirmSaturated)} ms; /api/health p99 ` +
    `${toFixed(figures.healthP99Ms, 1)} ms; ` +
    `${toFixed(figures.cpuSecondsPerRsvp, 2)} CPU s per RSVP.`
  );
}

function renderRegistrations(run: BenchRun): string {
  const parts = Object.entries(run.engines).map(
    ([name, result]) =>
      `${name} ${result.registrations.accepted}/` +
      `${result.registrations.confirmedByClients}`,
  );

  return (
    `Registrations the demo site accepted / RSVPs the clients saw ` +
    `confirmed: ${parts.join(", ")}.`
  );
}

function renderTargets(inputs: Parameters<typeof checkTargets>[0]): string {
  const checks = checkTargets(inputs);
  const verdict = (holds: boolean | undefined) =>
    holds === undefined ? "not measured" : holds ? "holds" : "MISSED";

  return [
    "| target (ours) | measured | verdict |",
    "|---|---|---|",
    ...checks.map(
      (check) =>
        `| ${check.target} | ${check.measured} | ${verdict(check.holds)} |`,
    ),
    "",
  ].join("\n");
}
