import { AttendeeClient, FlowError, type Outcome } from "./attendee-client";
import { sleep } from "./tree-sampler";

export interface FlowResult {
  outcome: Outcome;
  /** POST /api/rsvp until the screenshot is downloaded. */
  previewMs?: number;
  /** Size of the screenshot the attendee downloaded. */
  previewBytes?: number;
  /** POST confirm until the status reads "confirmed". */
  confirmMs?: number;
  /** performance.now() when the RSVP was seen confirmed. */
  endedAt: number;
}

export interface FlowOptions {
  baseUrl: string;
  pollMs: number;
  /** The attendee reads the screenshot this long before confirming. */
  reviewMs?: number;
  /** How long one RSVP may take, end to end, before it counts as lost. */
  timeoutMs: number;
}

let attendeeCount = 0;
const runTag = Date.now().toString(36);

/**
 * A valid RSVP with an e-mail address no other attendee of this run
 * uses: the third-party site refuses a second registration per address.
 */
export function createAttendeeBody(): Record<string, unknown> {
  attendeeCount += 1;
  const n = attendeeCount;

  return {
    firstName: ["Ana", "Wei", "Yuki", "Omar", "Jonas"][n % 5],
    lastName: ["Silva", "Zhang", "Sato", "Haddad", "Berg"][n % 5],
    email: `bench.${runTag}.${n}@example.com`,
    phone: "+351 21 123 4567",
    company: "Lisbon Secure Systems",
    jobTitle: "Integration lead",
    country: ["PT", "CN", "JP", "AE", "NO"][n % 5],
    attendance: "attending",
    guests: n % 2,
    dietary: "none",
    sessions: ["keynote", "ai-analytics"],
    consent: true,
    marketingOptIn: false,
  };
}

/** Create, poll, download the preview: the first half of the flow. */
export async function reachPreview(
  client: AttendeeClient,
  deadline: number,
): Promise<{ id: string; previewMs: number; previewBytes: number }> {
  const started = performance.now();
  const id = await client.create(createAttendeeBody());
  const view = await client.waitFor(id, "preview", deadline);
  const previewBytes = view.previewUrl
    ? await client.readPreview(view.previewUrl)
    : 0;

  return { id, previewMs: performance.now() - started, previewBytes };
}

/** Confirm and poll until confirmed: the second half. */
export async function confirmAndWait(
  client: AttendeeClient,
  id: string,
  deadline: number,
): Promise<number> {
  const started = performance.now();
  await client.confirm(id);
  await client.waitFor(id, "confirmed", deadline);

  return performance.now() - started;
}

/** The whole flow of one attendee; never throws. */
export async function runAttendeeFlow(
  options: FlowOptions,
): Promise<FlowResult> {
  const client = new AttendeeClient(options.baseUrl, options.pollMs);
  const deadline = performance.now() + options.timeoutMs;
  let reached: Awaited<ReturnType<typeof reachPreview>> | undefined;
  try {
    reached = await reachPreview(client, deadline);
    await sleep(options.reviewMs ?? 0);
    const confirmMs = await confirmAndWait(client, reached.id, deadline);

    return {
      outcome: "confirmed",
      previewMs: reached.previewMs,
      previewBytes: reached.previewBytes,
      confirmMs,
      endedAt: performance.now(),
    };
  } catch (error) {
    const outcome = error instanceof FlowError ? error.outcome : "http error";
    return {
      outcome,
      previewMs: reached?.previewMs,
      endedAt: performance.now(),
    };
  }
}
