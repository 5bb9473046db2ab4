import { parseArgs } from "node:util";
import { engineNames, type EngineName } from "./engines";

/** How much work each phase does: --quick is sized for < 5 minutes. */
export interface Profile {
  isQuick: boolean;
  isJson: boolean;
  engines: EngineName[];
  warmups: number;
  unloadedCount: number;
  /** Confirms by replay measured on a server with no open pages. */
  replayCount: number;
  /**
   * Previews held at most, per engine; a browser and a slot each for
   * "seed", which therefore holds no more than its three.
   */
  heldTotal: Record<EngineName, number>;
  heldStep: number;
  attendees: number;
  /**
   * How long a saturating attendee reads the screenshot before confirming.
   * The first design's browser stays open, and counts against its three,
   * for all of that time; ours frees the slot at the preview.
   */
  reviewMs: number;
  /**
   * Turns the unloaded and saturated phases are cut into; each turn
   * visits every engine, so drift in the machine's load is shared.
   */
  rounds: number;
  /** Not counted, at the start of each saturated turn. */
  rampMs: number;
  windowMs: number;
  /**
   * Also measures "ours" with V8's default heap sizes, without the
   * Procfile's Node.js flags, to show what those buy.
   */
  comparesV8Defaults: boolean;
  /** MAX_CONCURRENT_BROWSERS values tried for "ours" beyond the default. */
  sweepSlots: number[];
  sweepWindowMs: number;
  unloadedPollMs: number;
  loadedPollMs: number;
  healthGapMs: number;
}

const usage =
  "usage: npm run bench -- [--quick] [--json] [--engines=ours,seed,cluster]";

export function parseProfile(args: string[]): Profile {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      engines: { type: "string", default: engineNames.join(",") },
    },
    strict: true,
  });
  const engines = values.engines.split(",").map((name) => name.trim());
  const unknown = engines.filter(
    (name) => !engineNames.includes(name as EngineName),
  );
  if (unknown.length > 0) {
    throw new Error(`unknown engine ${unknown.join(", ")}\n${usage}`);
  }

  return {
    isJson: values.json,
    engines: engines as EngineName[],
    ...getSizes(values.quick),
  };
}

/** What --quick (under 5 minutes on 2 cores) and the full run do. */
function getSizes(quick: boolean): Omit<Profile, "isJson" | "engines"> {
  return {
    isQuick: quick,
    warmups: 2,
    unloadedCount: quick ? 5 : 20,
    replayCount: quick ? 4 : 12,
    heldTotal: quick
      ? { ours: 9, seed: 3, cluster: 9 }
      : { ours: 30, seed: 3, cluster: 30 },
    heldStep: 3,
    attendees: 20,
    reviewMs: 5_000,
    rounds: quick ? 1 : 3,
    rampMs: quick ? 6_000 : 10_000,
    windowMs: quick ? 30_000 : 120_000,
    comparesV8Defaults: !quick,
    sweepSlots: quick ? [] : [2, 4, 6],
    sweepWindowMs: 60_000,
    unloadedPollMs: 50,
    // As the RSVP page polls while an RSVP is queued, filling or sending.
    loadedPollMs: 1_000,
    healthGapMs: 50,
  };
}
