import { getLogger } from "../log";
import { UpstreamError } from "../upstream/upstream-error";
import type { RsvpError } from "./status";

/** Errors of the browser itself: a crash, a closed target, a lost pipe. */
const browserFault = new RegExp(
  [
    "Target closed",
    "Session closed",
    "Protocol error",
    "Connection closed",
    "browser has disconnected",
    "detached",
    "Execution context was destroyed",
    "Page crashed",
  ].join("|"),
  "i",
);

/** Worth trying again on a fresh page: the site or the browser hiccuped. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof UpstreamError) return error.isRetryable;

  return hasBrowserFault(error, 3);
}

/** Puppeteer wraps the real reason in `cause`, sometimes twice. */
function hasBrowserFault(error: unknown, depth: number): boolean {
  if (!(error instanceof Error) || depth === 0) return false;

  return (
    browserFault.test(error.message) || hasBrowserFault(error.cause, depth - 1)
  );
}

/** What the attendee is told, and the log line staff act on. */
export function toRsvpError(
  error: unknown,
  context: { rsvpId: string; phase: "fill" | "submit" },
): RsvpError {
  const log = getLogger();
  if (error instanceof UpstreamError) {
    const level = error.code === "upstream_changed" ? "error" : "warn";
    log[level](
      { ...context, code: error.code, step: error.details.step },
      "third-party step failed",
    );
    return {
      code: error.code,
      message: error.message,
      ...(error.details.fields ? { fields: error.details.fields } : {}),
    };
  }
  if (isTimeout(error)) {
    log.warn({ ...context, code: "timeout" }, "browser job timed out");
    return { code: "timeout", message: "The registration site took too long" };
  }

  log.error({ ...context, err: error }, "browser job failed");
  return {
    code: "browser_error",
    message: "We could not fill in the registration form. Please try again.",
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === "TimeoutError";
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
