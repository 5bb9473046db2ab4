import { loadavg } from "node:os";
import { snapshotBuild } from "./app-snapshot";
import {
  finishContender,
  startContender,
  type Contender,
  type EngineResult,
  type Phases,
} from "./contender";
import { createEngineSpec, type EngineSpec } from "./engines";
import { describeMachine } from "./machine";
import { parseProfile, type Profile } from "./profile";
import { renderReport, toSummaryJson, type BenchRun } from "./report";
import { takeTurns } from "./take-turns";

/**
 * `npm run bench [-- --quick] [-- --json]`: the engines side by side on
 * the same workload, taking turns, then the report on stdout (and the
 * JSON summary as its last line with --json). Progress goes to stderr.
 */
async function runBench(args: string[]): Promise<void> {
  const profile = parseProfile(args);
  const machine = describeMachine();
  const started = performance.now();
  const snapshot = await snapshotBuild(process.cwd());
  let results: Map<string, EngineResult>;
  try {
    results = await measureAll(listLineUp(profile), snapshot.dir, profile);
  } finally {
    await snapshot.remove();
  }

  const run: BenchRun = {
    machine,
    profile,
    loadAtEnd: loadavg()[0] ?? 0,
    minutes: (performance.now() - started) / 60_000,
    engines: {},
    oursReplay: results.get("replay"),
    oursV8Defaults: results.get("v8 defaults"),
    sweep: [...results.entries()]
      .filter(([key]) => key.startsWith("slots"))
      .map(([, result]) => result),
  };
  for (const name of profile.engines) run.engines[name] = results.get(name);
  process.stdout.write(`${renderReport(run)}\n`);
  if (profile.isJson) process.stdout.write(`${toSummaryJson(run)}\n`);
}

interface Entry {
  key: string;
  spec: EngineSpec;
  phases: Phases;
}

/** Every engine and variant this run measures, and how much of each. */
function listLineUp(profile: Profile): Entry[] {
  const full: Phases = {
    unloadedCount: profile.unloadedCount,
    heldTotal: 0,
    saturationWindowMs: profile.windowMs,
  };
  const entries: Entry[] = profile.engines.map((name) => ({
    key: name,
    spec: createEngineSpec(name),
    phases: { ...full, heldTotal: profile.heldTotal[name] },
  }));
  if (!profile.engines.includes("ours")) return entries;

  return [...entries, ...listOursVariants(profile)];
}

function listOursVariants(profile: Profile): Entry[] {
  const none: Phases = {
    unloadedCount: 0,
    heldTotal: 0,
    saturationWindowMs: 0,
  };
  const variants: Entry[] = [
    {
      key: "replay",
      spec: createEngineSpec("ours", {
        label: "ours, confirm by replay",
        maxOpenPages: 0,
      }),
      // Saturated too: holding no page, it is "ours" at cluster's memory.
      phases: {
        ...none,
        unloadedCount: profile.replayCount,
        saturationWindowMs: profile.windowMs,
      },
    },
  ];
  if (profile.comparesV8Defaults) {
    variants.push({
      key: "v8 defaults",
      spec: createEngineSpec("ours", {
        label: "ours, V8's default heap sizes",
        nodeOptions: "",
      }),
      phases: {
        ...none,
        heldTotal: profile.heldTotal.ours,
        saturationWindowMs: profile.sweepWindowMs,
      },
    });
  }
  for (const slots of profile.sweepSlots) {
    variants.push({
      key: `slots ${slots}`,
      spec: createEngineSpec("ours", { label: `ours, ${slots} slots`, slots }),
      phases: { ...none, saturationWindowMs: profile.sweepWindowMs },
    });
  }

  return variants;
}

/** Starts them all, lets them take turns, and stops them all. */
async function measureAll(
  entries: Entry[],
  appDir: string,
  profile: Profile,
): Promise<Map<string, EngineResult>> {
  const started: { key: string; contender: Contender }[] = [];
  const results = new Map<string, EngineResult>();
  try {
    for (const entry of entries) {
      process.stderr.write(`${entry.spec.label}: starting\n`);
      const contender = await startContender({ ...entry, appDir });
      started.push({ key: entry.key, contender });
    }
    await takeTurns(
      started.map(({ contender }) => contender),
      profile,
    );
  } finally {
    for (const { key, contender } of started) {
      // One engine failing to stop must not leave the others running.
      const result = await finishContender(contender).catch((error) => {
        process.stderr.write(`${key}: ${String(error)}\n`);
      });
      if (result) results.set(key, result);
    }
  }

  return results;
}

runBench(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
});
