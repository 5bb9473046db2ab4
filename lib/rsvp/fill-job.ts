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
  try {
    if (release) await fillAndHold(runtime, id, controller.signal);
  } finally {
    release?.();
    runtime.jobs.delete(id);
  }
}

async function fillAndHold(runtime: Runtime, id: string, signal: AbortSignal) {
  const started = performance.now();
  const session = await change(runtime, id, (current) =>
    current.status === "queued" ? { status: "filling", position: null } : null,
  );
  if (!session) return;

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
    if (ready) runtime.openPages.hold(id, browser);
    else await browser.close();
    getLogger().info(
      { rsvpId: id, ms: Math.round(performance.now() - started) },
      "preview ready",
    );
  } catch (error) {
    if (signal.aborted) return;
    if (getDrainState().isDraining) return handBack(runtime, id);
    const rsvpError = toRsvpError(error, { rsvpId: id, phase: "fill" });
    await change(runtime, id, (current) =>
      current.status === "filling"
        ? { status: "failed", error: rsvpError }
        : null,
    );
  }
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
