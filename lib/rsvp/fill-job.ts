import type { BrowserSession } from "../browser/browser-pool";
import { getLogger } from "../log";
import { toStepRecorder } from "../metrics/record";
import type { RsvpSession } from "../store/types";
import { fillToPreview, type Preview } from "../upstream/run-form-map";
import { isRetryable, toRsvpError, wait } from "./job-errors";
import type { Runtime } from "./runtime";
import { changeSession as change } from "./change-session";
import { getDrainState } from "../lifecycle/drain-state";

const maxAttempts = 2;

/**
 * An RSVP's browser work up to the preview: wait for a slot, fill the
 * third-party form on a fresh page, store the screenshot, keep the page
 * open for the confirm. A job cancelled or expired while waiting leaves
 * the queue without taking a slot.
 */
export async function runFillJob(runtime: Runtime, id: string) {
  const controller = new AbortController();
  runtime.jobs.set(id, controller);
  const release = await runtime.queue
    .acquire({ key: id, signal: controller.signal })
    .catch(() => undefined);
  let isSlotHeld = false;
  try {
    const page = release && (await fill(runtime, id, controller.signal));
    if (page) isSlotHeld = holdForConfirm(runtime, { id, page, release });
  } finally {
    if (!isSlotHeld) release?.();
    runtime.jobs.delete(id);
  }
}

/** Fills and stores the preview; answers the page, ready to confirm. */
async function fill(runtime: Runtime, id: string, signal: AbortSignal) {
  const started = performance.now();
  const session = await change(runtime, id, (current) =>
    current.status === "queued" ? { status: "filling", position: null } : null,
  );
  if (!session) return undefined;

  try {
    const { browser, preview } = await fillWithRetries(
      runtime,
      session,
      signal,
    );
    await runtime.store.putPreview(
      id,
      preview.image,
      runtime.config.sessionTtlSeconds,
    );
    const ready = await change(runtime, id, (current) =>
      current.status === "filling"
        ? { status: "preview", hasPreview: true }
        : null,
    );
    if (!ready) await browser.close();
    getLogger().info(
      { rsvpId: id, ms: Math.round(performance.now() - started) },
      "preview ready",
    );
    return ready ? browser : undefined;
  } catch (error) {
    if (signal.aborted) return undefined;
    if (getDrainState().isDraining) {
      await handBack(runtime, id);
      return undefined;
    }
    const rsvpError = toRsvpError(error, { rsvpId: id, phase: "fill" });
    await change(runtime, id, (current) =>
      current.status === "filling"
        ? { status: "failed", error: rsvpError }
        : null,
    );
    return undefined;
  }
}

/**
 * Keeps the filled page, parked, for a fast confirm. In "per-rsvp" mode,
 * the benchmark's model of the first design, the page goes on holding its
 * slot until it closes, as that design's browser per attendee did: true
 * when the slot went with the page.
 */
function holdForConfirm(
  runtime: Runtime,
  held: { id: string; page: BrowserSession; release: () => void },
): boolean {
  const isPerRsvp = runtime.config.browserMode === "per-rsvp";
  const page = isPerRsvp ? withSlot(held.page, held.release) : held.page;
  runtime.openPages.hold(held.id, page);
  void page.park();

  return isPerRsvp;
}

function withSlot(page: BrowserSession, release: () => void): BrowserSession {
  let isReleased = false;
  return {
    ...page,
    close: async () => {
      await page.close();
      if (isReleased) return;

      isReleased = true;
      release();
    },
  };
}

async function fillWithRetries(
  runtime: Runtime,
  session: RsvpSession,
  signal: AbortSignal,
): Promise<{ browser: BrowserSession; preview: Preview }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fillOnce(runtime, session, signal);
    } catch (error) {
      const isDone =
        attempt >= maxAttempts || signal.aborted || !isRetryable(error);
      if (isDone || getDrainState().isDraining) {
        throw error;
      }
      getLogger().warn({ rsvpId: session.id, attempt }, "fill retried");
      await wait(500 * attempt);
    }
  }
}

async function fillOnce(
  runtime: Runtime,
  session: RsvpSession,
  signal: AbortSignal,
) {
  const { map, baseUrl } = runtime.upstream;
  const deadline = AbortSignal.any([
    signal,
    AbortSignal.timeout(map.timeouts.jobMs),
  ]);
  const browser = await runtime.browsers.openSession();
  try {
    const preview = await fillToPreview({
      page: browser.page,
      map,
      baseUrl,
      input: session.input,
      signal: deadline,
      onStep: toStepRecorder("fill"),
    });
    return { browser, preview };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Heroku sends SIGTERM to Chromium too, so a job running when the dyno
 * stops usually loses its browser. That is no fault of the RSVP: it goes
 * back to the queue, for an instance that is not stopping.
 */
async function handBack(runtime: Runtime, id: string) {
  await change(runtime, id, (current) =>
    current.status === "filling" ? { status: "queued" } : null,
  );
  getLogger().info({ rsvpId: id }, "handed back");
}
