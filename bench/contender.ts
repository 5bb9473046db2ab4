import type { ChildService } from "./child-service";
import { startDemoSite, startEngine, type EngineSpec } from "./engines";
import type { HeldResult } from "./held-phase";
import type { SaturationResult } from "./saturation-phase";
import { TreeSampler } from "./tree-sampler";
import type { UnloadedResult } from "./unloaded-phase";

/** How much of each phase an engine runs; 0 skips a phase. */
export interface Phases {
  unloadedCount: number;
  heldTotal: number;
  saturationWindowMs: number;
}

export interface EngineResult {
  spec: EngineSpec;
  unloaded: UnloadedResult;
  held?: HeldResult;
  saturation?: SaturationResult;
  /** Accepted registrations the demo site counted, against our count. */
  registrations: { accepted: number; confirmedByClients: number };
}

/**
 * An engine under test with a demo site of its own, kept running while
 * the engines take turns, so that a change in the machine's load over
 * the run falls on all of them alike.
 */
export interface Contender {
  spec: EngineSpec;
  phases: Phases;
  engine: ChildService;
  demo: ChildService;
  sampler: TreeSampler;
  unloaded?: UnloadedResult;
  held?: HeldResult;
  saturation?: SaturationResult;
}

export async function startContender(options: {
  spec: EngineSpec;
  phases: Phases;
  appDir: string;
}): Promise<Contender> {
  const demo = await startDemoSite();
  try {
    const engine = await startEngine(options.spec, {
      upstreamUrl: demo.url,
      appDir: options.appDir,
    });
    return {
      spec: options.spec,
      phases: options.phases,
      engine,
      demo,
      sampler: new TreeSampler(engine.pid),
    };
  } catch (error) {
    await demo.stop();
    throw new Error(`${options.spec.label}: ${String(error)}`);
  }
}

/** Counts what reached the demo site, then stops the engine and site. */
export async function finishContender(
  contender: Contender,
): Promise<EngineResult> {
  try {
    const unloaded = contender.unloaded ?? emptyUnloaded();
    const confirmedByClients =
      unloaded.confirmed + (contender.saturation?.totalConfirmed ?? 0);
    const accepted = await countAccepted(contender.demo.url);
    return {
      spec: contender.spec,
      unloaded,
      held: contender.held,
      saturation: contender.saturation,
      registrations: { accepted, confirmedByClients },
    };
  } finally {
    await contender.engine.stop();
    await contender.demo.stop();
  }
}

/** Progress on stderr, so stdout carries only the report. */
export function say(contender: Contender, text: string): void {
  process.stderr.write(`${contender.spec.label}: ${text}\n`);
}

function emptyUnloaded(): UnloadedResult {
  return {
    previewMs: [],
    confirmMs: [],
    previewBytes: [],
    confirmed: 0,
    failed: 0,
  };
}

/** Counts accepted registrations without reading anyone's details. */
async function countAccepted(demoUrl: string): Promise<number> {
  const response = await fetch(`${demoUrl}/registrations.json`);
  const list = (await response.json()) as { accepted: boolean }[];

  return list.filter((entry) => entry.accepted).length;
}
