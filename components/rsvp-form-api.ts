import type { ApiError } from "./rsvp-status-view";
import {
  isRecord,
  offlineMessage,
  parseRetryAfter,
  readApiError,
  readJson,
  send,
} from "./http-client";

export type PostRsvpResult =
  | { kind: "accepted"; id: string }
  | { kind: "invalid"; error: ApiError }
  | { kind: "wait"; code: string; seconds: number }
  | { kind: "failed"; message: string };

/**
 * Sends the form to the route a browser without JavaScript posts it to,
 * asking for JSON: the server reads and checks the answers in one place
 * for both.
 */
export async function postRsvpForm(
  body: URLSearchParams,
): Promise<PostRsvpResult> {
  const response = await send("/rsvp", {
    method: "POST",
    headers: { accept: "application/json" },
    body,
  });
  if (!response) return { kind: "failed", message: offlineMessage };

  if (response.status === 202) {
    const created = await readJson(response);
    return isRecord(created) && typeof created.id === "string"
      ? { kind: "accepted", id: created.id }
      : { kind: "failed", message: "The server gave an answer we can't read." };
  }

  const error = await readApiError(response);
  if (response.status === 429 || response.status === 503) {
    const seconds = parseRetryAfter(response.headers.get("retry-after"));
    return { kind: "wait", code: error.code, seconds };
  }
  if (error.code === "validation_failed" && error.fields) {
    return { kind: "invalid", error };
  }

  return { kind: "failed", message: error.message };
}
