import type { ApiError } from "./rsvp-status-view";

/**
 * What the page's scripts share to talk to the server. No schema library
 * here: the invitation page loads this, and every kilobyte counts on a
 * phone.
 */
export const offlineMessage =
  "We couldn't reach the server. Check your connection and try again.";

export async function send(
  path: string,
  init: RequestInit,
): Promise<Response | undefined> {
  try {
    return await fetch(path, init);
  } catch {
    return undefined;
  }
}

export async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** API.md's error body, or a plain message when the body is not one. */
export async function readApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  const error = isRecord(body) ? body.error : undefined;
  if (
    isRecord(error) &&
    typeof error.code === "string" &&
    typeof error.message === "string"
  ) {
    return {
      code: error.code,
      message: error.message,
      fields: toFields(error.fields),
    };
  }

  return {
    code: `http_${response.status}`,
    message:
      `Something went wrong on our side (error ${response.status}). ` +
      "Please try again.",
  };
}

/** Seconds to wait, from a Retry-After of seconds or of an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()) {
  const fallback = 5;
  if (!value) return fallback;

  const seconds = /^\d+$/.test(value.trim())
    ? Number(value)
    : (Date.parse(value) - now) / 1000;
  if (!Number.isFinite(seconds)) return fallback;

  return Math.min(Math.max(Math.ceil(seconds), 1), 300);
}

/**
 * Retry-After, plus up to a fifth of it (at least a second) at random:
 * enough to spread a crowd, never sooner than the server asked.
 */
export function toRetryDelay(seconds: number, random = Math.random()): number {
  const spread = Math.max(1000, seconds * 200);

  return seconds * 1000 + random * spread;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toFields(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;

  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  return Object.fromEntries(entries);
}
