import { say, type Contender } from "./contender";
import { runHeldPhase } from "./held-phase";
import { mergeSaturation, mergeUnloaded } from "./merge-results";
import type { Profile } from "./profile";
import { runSaturationPhase } from "./saturation-phase";
import { runUnloadedPhase } from "./unloaded-phase";

/**
 * Runs every contender's phases in turns: the unloaded attendees and the
 * saturated windows are cut into rounds, and each round visits every
 * contender, in a rotating order. Held previews are measured once each.
 */
export async function takeTurns(contenders: Contender[], profile: Profile) {
  for (let round = 0; round < profile.rounds; round += 1) {
    for (const contender of rotate(contenders, round)) {
      await runUnloadedTurn(contender, profile, round);
    }
  }
  for (const contender of contenders) await holdPreviews(contender, profile);
  for (let round = 0; round < profile.rounds; round += 1) {
    for (const contender of rotate(contenders, round)) {
      await runSaturationTurn(contender, profile, round);
    }
  }
}

async function runUnloadedTurn(
  contender: Contender,
  profile: Profile,
  round: number,
) {
  const count = share(contender.phases.unloadedCount, profile.rounds, round);
  const warmups = round === 0 ? profile.warmups : 0;
  if (count + warmups === 0) return;

  say(contender, `unloaded, ${count} attendees one at a time`);
  const result = await runUnloadedPhase({
    baseUrl: contender.engine.url,
    count,
    warmups,
    pollMs: profile.unloadedPollMs,
  });
  contender.unloaded = mergeUnloaded(contender.unloaded, result);
}

async function holdPreviews(contender: Contender, profile: Profile) {
  const total = contender.phases.heldTotal;
  if (total === 0) return;

  say(contender, `holding up to ${total} previews`);
  contender.held = await runHeldPhase({
    baseUrl: contender.engine.url,
    sampler: contender.sampler,
    total,
    // The first design's few browsers are brought up one at a time.
    step: contender.spec.name === "seed" ? 1 : profile.heldStep,
  });
}

async function runSaturationTurn(
  contender: Contender,
  profile: Profile,
  round: number,
) {
  const windowMs = share(
    contender.phases.saturationWindowMs,
    profile.rounds,
    round,
  );
  if (windowMs === 0) return;

  say(contender, `saturated by ${profile.attendees} attendees`);
  const result = await runSaturationPhase({
    baseUrl: contender.engine.url,
    sampler: contender.sampler,
    attendees: profile.attendees,
    rampMs: profile.rampMs,
    windowMs,
    pollMs: profile.loadedPollMs,
    reviewMs: profile.reviewMs,
    healthGapMs: profile.healthGapMs,
  });
  contender.saturation = mergeSaturation(contender.saturation, result);
}

/** Round `round`'s part of `total`, the parts adding up to it. */
function share(total: number, rounds: number, round: number): number {
  return (
    Math.floor((total * (round + 1)) / rounds) -
    Math.floor((total * round) / rounds)
  );
}

function rotate<T>(items: T[], by: number): T[] {
  const offset = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(offset), ...items.slice(0, offset)];
}
