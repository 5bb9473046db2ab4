import { AttendeeClient } from "./attendee-client";
import { reachPreview } from "./attendee-flow";
import { fitLine, type Line } from "./stats";
import { sleep, type TreeSampler } from "./tree-sampler";

export interface HeldResult {
  /** Settled PSS of the tree with `held` RSVPs waiting in preview. */
  points: { held: number; pssMb: number }[];
  /** MB per held preview (slope) and the tree with none (intercept). */
  line: Line;
}

/**
 * Brings RSVPs to their preview `step` at a time and leaves them there,
 * sampling the settled PSS after each step, up to `total`; then cancels
 * them all. The slope is what one held preview costs.
 */
export async function runHeldPhase(options: {
  baseUrl: string;
  sampler: TreeSampler;
  total: number;
  step: number;
}): Promise<HeldResult> {
  const { baseUrl, sampler } = options;
  const held: { client: AttendeeClient; id: string }[] = [];
  await sleep(1_500);
  const points = [{ held: 0, pssMb: (await sampler.sampleSettled()).pssMb }];
  try {
    while (held.length < options.total) {
      const batch = Math.min(options.step, options.total - held.length);
      held.push(...(await holdBatch(baseUrl, batch)));
      await sleep(750);
      const { pssMb } = await sampler.sampleSettled();
      points.push({ held: held.length, pssMb });
    }
  } finally {
    await Promise.all(held.map(({ client, id }) => client.cancel(id)));
  }

  return {
    points,
    line: fitLine(points.map(({ held, pssMb }) => ({ x: held, y: pssMb }))),
  };
}

/** The RSVPs of a batch that reached their preview; throws if none did. */
async function holdBatch(baseUrl: string, size: number) {
  const deadline = performance.now() + 60_000;
  const settled = await Promise.allSettled(
    Array.from({ length: size }, async () => {
      const client = new AttendeeClient(baseUrl, 50);
      const { id } = await reachPreview(client, deadline);
      return { client, id };
    }),
  );
  const held = settled.flatMap((outcome) =>
    outcome.status === "fulfilled" ? [outcome.value] : [],
  );
  if (held.length === 0) throw new Error("no RSVP reached its preview");

  return held;
}
