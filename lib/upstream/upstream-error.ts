/**
 * Why the third-party site did not give us what we asked for. The code is
 * what the attendee's RSVP fails with (API.md's `error.code`).
 */
export type UpstreamErrorCode =
  "upstream_rejected" | "upstream_unavailable" | "upstream_changed" | "timeout";

export class UpstreamError extends Error {
  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
    readonly details: {
      /** Our field names → the third-party site's message. */
      fields?: Record<string, string>;
      /** The form-map step that failed, for the operator's log. */
      step?: string;
    } = {},
  ) {
    super(message);
    this.name = "UpstreamError";
  }

  /** Worth another try: the site was down or slow, not wrong. */
  get isRetryable(): boolean {
    return this.code === "upstream_unavailable" || this.code === "timeout";
  }
}

export function rejected(fields: Record<string, string>, step?: string) {
  const count = Object.keys(fields).length;
  const message =
    count > 0
      ? "The registration site did not accept some answers"
      : "The registration site did not accept the registration";
  return new UpstreamError("upstream_rejected", message, { fields, step });
}

export function changed(step: string, what: string): UpstreamError {
  return new UpstreamError(
    "upstream_changed",
    "The registration site's form has changed; staff have been told",
    { step: `${step}: ${what}` },
  );
}

export function unavailable(step: string, what: string): UpstreamError {
  return new UpstreamError(
    "upstream_unavailable",
    "The registration site is not answering; please try again shortly",
    { step: `${step}: ${what}` },
  );
}

export function timedOut(step: string): UpstreamError {
  return new UpstreamError(
    "timeout",
    "The registration site took too long to answer",
    { step },
  );
}
