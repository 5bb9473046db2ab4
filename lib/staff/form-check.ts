import type { Logger } from "pino";
import type { BrowserSession } from "../browser/browser-pool";
import { ApiError } from "../http/api-error";
import { getLogger } from "../log";
import { getMetrics } from "../metrics/registry";
import { toStepRecorder } from "../metrics/record";
import { QueueFullError, type Release } from "../queue/semaphore";
import { getRuntime, type Runtime } from "../rsvp/runtime";
import {
  checkForm,
  toFailedReport,
  type FormCheckReport,
} from "../upstream/form-check";
import { createCheckIdentity } from "../upstream/form-check-identity";

/** Heroku's router cuts a request at 30 s; the check ends before that. */
const checkBudgetMs = 25_000;

export type CheckRuntime = Pick<
  Runtime,
  "queue" | "browsers" | "upstream" | "inputSchema" | "event"
>;

export interface FormCheckOptions {
  trigger: "staff" | "schedule";
  /** Ends the wait for a slot and the check, e.g. when the client left. */
  signal?: AbortSignal;
  /** @default the service's logger */
  log?: Pick<Logger, "info" | "error">;
}

/** A form check on this instance, for the staff button. */
export async function checkFormNow(
  signal: AbortSignal,
): Promise<FormCheckReport> {
  return runFormCheck(await getRuntime(), { trigger: "staff", signal });
}

/**
 * Fills the third-party form with a test identity on a context of its
 * own, up to the preview and never further. It waits its turn in the
 * queue like an attendee's job, and is refused when the queue is full.
 */
export async function runFormCheck(
  runtime: CheckRuntime,
  options: FormCheckOptions,
): Promise<FormCheckReport> {
  const signal = AbortSignal.any([
    AbortSignal.timeout(checkBudgetMs),
    ...(options.signal ? [options.signal] : []),
  ]);
  const release = await takeSlot(runtime, signal);
  try {
    const report = await checkOnOwnPage(runtime, signal);
    noteReport(report, options);
    return report;
  } finally {
    release();
  }
}

async function takeSlot(
  runtime: CheckRuntime,
  signal: AbortSignal,
): Promise<Release> {
  try {
    return await runtime.queue.acquire({ priority: false, signal });
  } catch (error) {
    const message =
      error instanceof QueueFullError
        ? "Every browser slot is taken and the queue is full"
        : "No browser slot came free in time";
    throw new ApiError("busy", `${message}; try the check again shortly`, {
      retryAfterSeconds: 10,
    });
  }
}

async function checkOnOwnPage(runtime: CheckRuntime, signal: AbortSignal) {
  const { map, baseUrl } = runtime.upstream;
  const input = runtime.inputSchema.parse(
    createCheckIdentity({
      now: new Date(),
      sessionIds: runtime.event.sessions.map((session) => session.id),
    }),
  );
  let browser: BrowserSession;
  try {
    browser = await runtime.browsers.openSession();
  } catch (error) {
    getLogger().warn({ err: error }, "form check found no browser");
    return toFailedReport(error);
  }

  try {
    const onStep = toStepRecorder("check");
    return await checkForm(
      { page: browser.page, map, baseUrl, input, signal, onStep },
      (error) => getLogger().warn({ err: error }, "form check broke"),
    );
  } finally {
    await browser.close();
  }
}

function noteReport(report: FormCheckReport, options: FormCheckOptions) {
  const log = options.log ?? getLogger();
  const metrics = getMetrics();
  const { trigger } = options;
  if (report.ok) {
    metrics.formChecks.inc({ result: "passed" });
    metrics.formCheckLastSuccess.set(Date.now() / 1000);
    log.info({ trigger, ms: report.ms }, "form check passed");
    return;
  }

  metrics.formChecks.inc({ result: "failed" });
  log.error(
    { trigger, code: report.error?.code, step: report.error?.step },
    `form check failed at: ${report.error?.step ?? "before the first step"}`,
  );
}
