import { z } from "zod";
import type { RsvpInput } from "@/lib/rsvp/schema";
import {
  apiErrorBodySchema,
  statusViewSchema,
  type ApiError,
  type StatusView,
} from "./rsvp-status-view";

/** The browser's side of API.md: plain fetch, answers checked with zod. */
export type PostRsvpResult =
  | { kind: "accepted"; id: string }
  | { kind: "invalid"; error: ApiError }
  | { kind: "wait"; code: string; seconds: number }
  | { kind: "failed"; message: string };

export type StatusResult =
  | { kind: "found"; view: StatusView }
  | { kind: "missing" }
  | { kind: "failed"; message: string };

export type ActionResult =
  | { kind: "done"; view: StatusView | null }
  | { kind: "missing" }
  | { kind: "conflict"; message: string }
  | { kind: "failed"; message: string };

const offline =
  "We couldn't reach the server. Check your connection and try again.";
const acceptedSchema = z.object({ id: z.string().min(1) });

export async function postRsvp(input: RsvpInput): Promise<PostRsvpResult> {
  const response = await send("/api/rsvp", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  if (!response) return { kind: "failed", message: offline };

  if (response.status === 202) {
    const body = acceptedSchema.safeParse(await readJson(response));
    return body.success
      ? { kind: "accepted", id: body.data.id }
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

export async function getRsvpStatus(id: string): Promise<StatusResult> {
  const response = await send(toRsvpPath(id), { cache: "no-store" });
  if (!response) return { kind: "failed", message: offline };
  if (response.status === 404) return { kind: "missing" };
  if (!response.ok) {
    return { kind: "failed", message: (await readApiError(response)).message };
  }

  const view = statusViewSchema.safeParse(await readJson(response));
  return view.success
    ? { kind: "found", view: view.data }
    : { kind: "failed", message: "The server gave an answer we can't read." };
}

export function confirmRsvp(id: string): Promise<ActionResult> {
  return act(`${toRsvpPath(id)}/confirm`, "POST");
}

export function cancelRsvp(id: string): Promise<ActionResult> {
  return act(toRsvpPath(id), "DELETE");
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

async function act(path: string, method: string): Promise<ActionResult> {
  const response = await send(path, { method });
  if (!response) return { kind: "failed", message: offline };
  if (response.status === 404) return { kind: "missing" };
  if (response.ok) {
    const view = statusViewSchema.safeParse(await readJson(response));
    return { kind: "done", view: view.success ? view.data : null };
  }

  const error = await readApiError(response);
  return response.status === 409
    ? { kind: "conflict", message: error.message }
    : { kind: "failed", message: error.message };
}

function toRsvpPath(id: string): string {
  return `/api/rsvp/${encodeURIComponent(id)}`;
}

async function send(path: string, init: RequestInit) {
  try {
    return await fetch(path, init);
  } catch {
    return undefined;
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function readApiError(response: Response): Promise<ApiError> {
  const body = apiErrorBodySchema.safeParse(await readJson(response));
  if (body.success) return body.data.error;

  return {
    code: `http_${response.status}`,
    message:
      `Something went wrong on our side (error ${response.status}). ` +
      "Please try again.",
  };
}
