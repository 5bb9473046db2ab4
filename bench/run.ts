import { loadavg } from "node:os";
import { snapshotBuild } from "./app-snapshot";
import { createEngineSpec, type EngineName } from "./engines";
import { describeMachine } from "./machine";
import { measureEngine, type EngineResult } from "./measure-engine";
import { parseProfile, type Profile } from "./profile";
import { renderReport, toSummaryJson, type BenchRun } from "./report";

/**
 * `npm run bench [-- --quick] [-- --json]`: the three engines, one after
 * another on the same workload, then the report on stdout (and the JSON
 * summary as its last line with --json). Progress goes to stderr.
 */
async function runBench(args: string[]): Promise<void> {
  const profile = parseProfile(args);
  const machine = describeMachine();
  const started = performance.now();
  const snapshot = await snapshotBuild(process.cwd());
  const run: BenchRun = {
    machine,
    profile,
    loadAtEnd: 0,
    minutes: 0,
    engines: {},
    sweep: [],
  };
  try {
    await measureAll(run, snapshot.dir);
  } finally {
    await snapshot.remove();
  }
  run.loadAtEnd = loadavg()[0] ?? 0;
  run.minutes = (performance.now() - started) / 60_000;

  process.stdout.write(`${renderReport(run)}\n`);
  if (profile.isJson) process.stdout.write(`${toSummaryJson(run)}\n`);
}

async function measureAll(run: BenchRun, appDir: string): Promise<void> {
  const { profile } = run;
  for (const name of profile.engines) {
    run.engines[name] = await measureEngine({
      spec: createEngineSpec(name),
      profile,
      appDir,
      phases: {
        unloadedCount: profile.unloadedCount,
        heldTotal: profile.heldTotal[name],
        saturationWindowMs: profile.windowMs,
      },
    });
  }
  if (!profile.engines.includes("ours")) return;

  run.oursReplay = await measureReplay(profile, appDir);
  if (profile.smallDynoNodeOptions) {
    run.oursSmallDyno = await measureSmallDyno(profile, appDir);
  }
  for (const slots of profile.sweepSlots) {
    run.sweep.push(await measureSlots(profile, appDir, slots));
  }
}

/** "ours" with no open pages: every confirm replays the fill. */
function measureReplay(profile: Profile, appDir: string) {
  return measureEngine({
    spec: createEngineSpec("ours", {
      label: "ours, confirm by replay",
      maxOpenPages: 0,
    }),
    profile,
    appDir,
    phases: {
      unloadedCount: profile.replayCount,
      heldTotal: 0,
      saturationWindowMs: 0,
    },
  });
}

/** "ours" with the small dynos' Node settings: held previews, saturated. */
function measureSmallDyno(profile: Profile, appDir: string) {
  return measureEngine({
    spec: createEngineSpec("ours", {
      label: "ours, small-dyno Node settings",
      nodeOptions: profile.smallDynoNodeOptions,
    }),
    profile,
    appDir,
    phases: {
      unloadedCount: 0,
      heldTotal: profile.heldTotal.ours,
      saturationWindowMs: profile.sweepWindowMs,
    },
  });
}

function measureSlots(
  profile: Profile,
  appDir: string,
  slots: number,
): Promise<EngineResult> {
  const name: EngineName = "ours";
  return measureEngine({
    spec: createEngineSpec(name, { label: `ours, ${slots} slots`, slots }),
    profile,
    appDir,
    phases: {
      unloadedCount: 0,
      heldTotal: 0,
      saturationWindowMs: profile.sweepWindowMs,
    },
  });
}

runBench(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
});
