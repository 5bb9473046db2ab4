import type { StepContext } from "./run-steps";
import { fillToPreview } from "./run-form-map";
import { UpstreamError, type UpstreamErrorCode } from "./upstream-error";

export interface FormCheckStep {
  name: string;
  ok: boolean;
  ms: number;
}

export interface FormCheckError {
  code: string;
  /** The form-map step that failed, as the runner names it. */
  step: string | null;
  message: string;
}

/** What a form check found; `screenshot` is a data URL of the page. */
export interface FormCheckReport {
  ok: boolean;
  checkedAt: string;
  ms: number;
  steps: FormCheckStep[];
  error: FormCheckError | null;
  screenshot: string | null;
}

/**
 * Runs the form map's fill steps, and only those, on `context.page`: the
 * form is filled up to its preview and never sent. Answers each step's
 * result and time, and a screenshot of the preview or of the page where
 * it stopped.
 */
export async function checkForm(
  context: StepContext,
  onUnexpected?: (error: unknown) => void,
): Promise<FormCheckReport> {
  const started = performance.now();
  const checkedAt = new Date().toISOString();
  const steps: FormCheckStep[] = [];
  let stepStarted = started;
  const onStep = (name: string, ms: number) => {
    steps.push({ name, ok: true, ms: Math.round(ms) });
    context.onStep?.(name, ms);
    stepStarted = performance.now();
  };

  try {
    const preview = await fillToPreview({ ...context, onStep });
    const screenshot = toDataUrl(preview.image, preview.mimeType);
    const ms = Math.round(performance.now() - started);
    return { ok: true, checkedAt, ms, steps, error: null, screenshot };
  } catch (thrown) {
    const error = toCheckError(thrown);
    if (error.code === "browser_error") onUnexpected?.(thrown);
    const ms = Math.round(performance.now() - stepStarted);
    steps.push({ name: error.step ?? "next step", ok: false, ms });
    const screenshot = await takeScreenshot(context).catch(() => null);
    const total = Math.round(performance.now() - started);
    return { ok: false, checkedAt, ms: total, steps, error, screenshot };
  }
}

/** A check that could not start: no browser, say. */
export function toFailedReport(thrown: unknown): FormCheckReport {
  return {
    ok: false,
    checkedAt: new Date().toISOString(),
    ms: 0,
    steps: [],
    error: toCheckError(thrown),
    screenshot: null,
  };
}

/** What each failure means to the staff who run the check. */
const staffMessages: Record<UpstreamErrorCode, string> = {
  upstream_changed:
    "The third-party form no longer matches the form map; update the map",
  upstream_rejected: "The third-party site refused the test answers",
  upstream_unavailable: "The third-party site did not answer",
  timeout: "The third-party site took too long to answer",
};

function toCheckError(thrown: unknown): FormCheckError {
  if (thrown instanceof UpstreamError) {
    const step = thrown.details.step ?? null;
    return { code: thrown.code, step, message: staffMessages[thrown.code] };
  }
  if (thrown instanceof Error && thrown.name === "TimeoutError") {
    const message = "The check ran out of time";
    return { code: "timeout", step: null, message };
  }

  const message = "The browser could not run the check";
  return { code: "browser_error", step: null, message };
}

async function takeScreenshot(context: StepContext): Promise<string> {
  const image = await context.page.screenshot({
    type: "webp",
    quality: 60,
    fullPage: true,
  });

  return toDataUrl(Buffer.from(image), "image/webp");
}

function toDataUrl(image: Buffer, mimeType: string): string {
  return `data:${mimeType};base64,${image.toString("base64")}`;
}
