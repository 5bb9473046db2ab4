import type { BrowserSession } from "../browser/browser-pool";
import { getLogger } from "../log";
import type { RsvpSession } from "../store/types";
import { fillForm, submitFromPreview } from "../upstream/run-form-map";
import { changeSession } from "./change-session";
import { toRsvpError } from "./job-errors";
import type { Runtime } from "./runtime";

/**
 * Sends an RSVP to the third-party site, exactly once. The store's lock
 * keeps two instances (or two clicks) from submitting together, and the
 * outcome is recorded before the lock is let go. The page held since the
 * preview is used when this instance has it; otherwise the fill is
 * replayed from the stored answers first.
 */
export async function runSubmitJob(runtime: Runtime, id: string) {
  const release = await runtime.queue.acquire({ priority: true });
  try {
    await submitUnderLock(runtime, id);
  } finally {
    release();
  }
}

async function submitUnderLock(runtime: Runtime, id: string) {
  const lockName = `submit:${id}`;
  const lockMs = runtime.upstream.map.timeouts.jobMs * 2;
  const token = await runtime.store.acquireLock(lockName, lockMs);
  if (!token) return;

  try {
    const session = await runtime.store.getRsvp(id);
    if (session?.status === "submitting") await submit(runtime, session);
  } finally {
    await runtime.store.releaseLock(lockName, token);
  }
}

async function submit(runtime: Runtime, session: RsvpSession) {
  const started = performance.now();
  let browser = await takeUsablePage(runtime, session.id);
  const replayed = !browser;
  try {
    browser ??= await replayFill(runtime, session);
    const { number } = await submitFromPreview(
      toContext(runtime, session, browser),
    );
    const confirmation = { number, confirmedAt: new Date().toISOString() };
    await changeSession(runtime, session.id, (current) =>
      current.status === "submitting"
        ? { status: "confirmed", confirmation }
        : null,
    );
    getLogger().info(
      {
        rsvpId: session.id,
        replayed,
        ms: Math.round(performance.now() - started),
      },
      "confirmed",
    );
  } catch (error) {
    const rsvpError = toRsvpError(error, {
      rsvpId: session.id,
      phase: "submit",
    });
    await changeSession(runtime, session.id, (current) =>
      current.status === "submitting"
        ? { status: "failed", error: rsvpError }
        : null,
    );
  } finally {
    await browser?.close();
  }
}

/** The page held since the preview, if its browser is still alive. */
async function takeUsablePage(
  runtime: Runtime,
  id: string,
): Promise<BrowserSession | undefined> {
  const held = runtime.openPages.take(id);
  if (!held) return undefined;
  if (!held.page.isClosed() && held.page.browser().connected) return held;

  await held.close();
  return undefined;
}

async function replayFill(runtime: Runtime, session: RsvpSession) {
  const browser = await runtime.browsers.openSession();
  try {
    await fillForm(toContext(runtime, session, browser));
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function toContext(
  runtime: Runtime,
  session: RsvpSession,
  browser: BrowserSession,
) {
  const { map, baseUrl } = runtime.upstream;
  return {
    page: browser.page,
    map,
    baseUrl,
    input: session.input,
    signal: AbortSignal.timeout(map.timeouts.jobMs),
  };
}
