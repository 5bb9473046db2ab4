import type { BrowserSession } from "../browser/browser-pool";
import { getLogger } from "../log";
import { toStepRecorder } from "../metrics/record";
import type { RsvpSession } from "../store/types";
import { fillForm, submitFromPreview } from "../upstream/run-form-map";
import { UpstreamError } from "../upstream/upstream-error";
import { changeSession } from "./change-session";
import { toRsvpError } from "./job-errors";
import type { Runtime } from "./runtime";
import { takeUsablePage } from "./held-page";

/**
 * Sends an RSVP to the third-party site at most once, and records the
 * answer before letting go of the store's lock.
 *
 * - The lock keeps two instances (or two clicks) from working together.
 * - The fence: just before the click that sends, the holder writes its
 *   token into the record (compare-and-set). Only the writer clicks. A
 *   later holder that finds a fence without an outcome does not send
 *   again: the first holder died after sending or just before, and only
 *   the site knows which. That RSVP ends `failed` with
 *   `submit_uncertain`, unless the first holder comes back with the
 *   site's answer, which then wins.
 */
export async function runSubmitJob(runtime: Runtime, id: string) {
  // In "per-rsvp" mode a held page still holds the slot it filled in.
  const hasSlot =
    runtime.config.browserMode === "per-rsvp" && runtime.openPages.has(id);
  const release = hasSlot
    ? undefined
    : await runtime.queue.acquire({ priority: true });
  try {
    await submitUnderLock(runtime, id);
  } finally {
    release?.();
  }
}

async function submitUnderLock(runtime: Runtime, id: string) {
  const lockName = `submit:${id}`;
  const lockMs = runtime.upstream.map.timeouts.jobMs + 5_000;
  const token = await runtime.store.acquireLock(lockName, lockMs);
  if (!token) return;

  try {
    const session = await runtime.store.getRsvp(id);
    if (session?.status !== "submitting") return;
    if (session.submitAttempt) await markUncertain(runtime, session);
    else await submit(runtime, session, token);
  } finally {
    await runtime.store.releaseLock(lockName, token);
  }
}

async function submit(runtime: Runtime, session: RsvpSession, token: string) {
  const started = performance.now();
  let browser = await takeUsablePage(runtime, session.id);
  const replayed = !browser;
  let isSent = false;
  try {
    browser ??= await replayFill(runtime, session);
    isSent = await setFence(runtime, session.id, token);
    if (!isSent) return;

    const { number } = await submitFromPreview(
      toContext(runtime, session, browser),
    );
    await recordConfirmation(runtime, session.id, { token, number });
    getLogger().info(
      {
        rsvpId: session.id,
        replayed,
        ms: Math.round(performance.now() - started),
      },
      "confirmed",
    );
  } catch (error) {
    const phase = "submit";
    const rsvpError =
      isSent && !isAnsweredBySite(error)
        ? uncertainError
        : toRsvpError(error, { rsvpId: session.id, phase });
    await changeSession(runtime, session.id, (current) =>
      current.status === "submitting"
        ? { status: "failed", error: rsvpError }
        : null,
    );
  } finally {
    await browser?.close();
  }
}

/** Claims the one send; false when another holder already did. */
async function setFence(runtime: Runtime, id: string, token: string) {
  const fenced = await changeSession(runtime, id, (current) =>
    current.status === "submitting" && !current.submitAttempt
      ? {
          submitAttempt: {
            token,
            at: new Date().toISOString(),
            instance: runtime.owner,
          },
        }
      : null,
  );

  return fenced !== null;
}

/** The site's answer wins over an "uncertain" written in the meantime. */
export function recordConfirmation(
  runtime: Runtime,
  id: string,
  answer: { token: string; number: string },
) {
  const confirmation = {
    number: answer.number,
    confirmedAt: new Date().toISOString(),
  };
  return changeSession(runtime, id, (current) => {
    const isOurs = current.submitAttempt?.token === answer.token;
    const isOpen =
      current.status === "submitting" ||
      (current.status === "failed" &&
        current.error?.code === "submit_uncertain");
    return isOurs && isOpen
      ? { status: "confirmed", confirmation, error: null }
      : null;
  });
}

/**
 * After the click, only an answer from the site says for sure what
 * happened: a refusal, or an error page. A timeout or a browser crash
 * leaves it unknown.
 */
function isAnsweredBySite(error: unknown): boolean {
  return (
    error instanceof UpstreamError &&
    (error.code === "upstream_rejected" ||
      error.code === "upstream_unavailable")
  );
}

const uncertainError = {
  code: "submit_uncertain",
  message:
    "Your registration was sent, but we lost the site's answer. " +
    "Check your e-mail for its confirmation before trying again.",
};

async function markUncertain(runtime: Runtime, session: RsvpSession) {
  getLogger().error(
    {
      rsvpId: session.id,
      sentBy: session.submitAttempt?.instance,
      sentAt: session.submitAttempt?.at,
    },
    "submit outcome unknown: the instance that sent it stopped first",
  );
  await changeSession(runtime, session.id, (current) =>
    current.status === "submitting"
      ? { status: "failed", error: uncertainError }
      : null,
  );
}

async function replayFill(runtime: Runtime, session: RsvpSession) {
  const browser = await runtime.browsers.openSession();
  try {
    await fillForm({
      ...toContext(runtime, session, browser),
      onStep: toStepRecorder("fill"),
    });
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
    onStep: toStepRecorder("submit"),
  };
}
