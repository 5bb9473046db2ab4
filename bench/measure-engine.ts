import type { ChildService } from "./child-service";
import { startDemoSite, startEngine, type EngineSpec } from "./engines";
import { runHeldPhase, type HeldResult } from "./held-phase";
import type { Profile } from "./profile";
import { runSaturationPhase, type SaturationResult } from "./saturation-phase";
import { TreeSampler } from "./tree-sampler";
import { runUnloadedPhase, type UnloadedResult } from "./unloaded-phase";

export interface EngineResult {
  spec: EngineSpec;
  unloaded: UnloadedResult;
  held?: HeldResult;
  saturation?: SaturationResult;
  /** Accepted registrations the demo site counted, against our count. */
  registrations: { accepted: number; confirmedByClients: number };
}

export interface Phases {
  unloadedCount: number;
  heldTotal: number;
  saturationWindowMs: number;
}

/**
 * Runs the phases against one engine on a fresh demo site: unloaded
 * latency, held previews, saturation. A phase with a count of 0 is
 * skipped. Everything the engine started is stopped before returning.
 */
export async function measureEngine(options: {
  spec: EngineSpec;
  profile: Profile;
  phases: Phases;
  appDir: string;
}): Promise<EngineResult> {
  const { spec, profile, phases } = options;
  const demo = await startDemoSite();
  let engine: ChildService | undefined;
  try {
    engine = await startEngine(spec, {
      upstreamUrl: demo.url,
      appDir: options.appDir,
    });
    return await runPhases({ spec, profile, phases, engine, demo });
  } catch (error) {
    const tail = engine?.tail() ?? "";
    throw new Error(`${spec.label}: ${String(error)}\n${tail.slice(-2_000)}`);
  } finally {
    await engine?.stop();
    await demo.stop();
  }
}

interface PhaseParts {
  spec: EngineSpec;
  profile: Profile;
  phases: Phases;
  engine: ChildService;
  demo: ChildService;
}

async function runPhases(parts: PhaseParts): Promise<EngineResult> {
  const { spec, profile, phases, engine } = parts;
  const sampler = new TreeSampler(engine.pid);
  say(spec, `unloaded, ${phases.unloadedCount} attendees one at a time`);
  const unloaded = await runUnloadedPhase({
    baseUrl: engine.url,
    count: phases.unloadedCount,
    warmups: profile.warmups,
    pollMs: profile.unloadedPollMs,
  });
  const held = await holdPreviews(parts, sampler);
  const saturation = await saturate(parts, sampler);

  const confirmedByClients =
    unloaded.confirmed + (saturation?.totalConfirmed ?? 0);
  const accepted = await countAccepted(parts.demo.url);

  return {
    spec,
    unloaded,
    held,
    saturation,
    registrations: { accepted, confirmedByClients },
  };
}

function holdPreviews(parts: PhaseParts, sampler: TreeSampler) {
  const { phases, profile, engine } = parts;
  if (phases.heldTotal === 0) return Promise.resolve(undefined);

  say(parts.spec, `holding up to ${phases.heldTotal} previews`);
  return runHeldPhase({
    baseUrl: engine.url,
    sampler,
    total: phases.heldTotal,
    step: profile.heldStep,
  });
}

function saturate(parts: PhaseParts, sampler: TreeSampler) {
  const { phases, profile, engine } = parts;
  if (phases.saturationWindowMs === 0) return Promise.resolve(undefined);

  say(parts.spec, `saturated by ${profile.attendees} attendees`);
  return runSaturationPhase({
    baseUrl: engine.url,
    sampler,
    attendees: profile.attendees,
    rampMs: profile.rampMs,
    windowMs: phases.saturationWindowMs,
    pollMs: profile.loadedPollMs,
    healthGapMs: profile.healthGapMs,
  });
}

function say(spec: EngineSpec, text: string): void {
  process.stderr.write(`${spec.label}: ${text}\n`);
}

/** Counts accepted registrations without reading anyone's details. */
async function countAccepted(demoUrl: string): Promise<number> {
  const response = await fetch(`${demoUrl}/registrations.json`);
  const list = (await response.json()) as { accepted: boolean }[];

  return list.filter((entry) => entry.accepted).length;
}
