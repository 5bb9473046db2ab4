import { ApiError } from "../http/api-error";
import { addOwnedRsvpId, getOwnedRsvpIds } from "../http/owner-session";
import { assertCanAccessRsvp } from "../http/rsvp-access";
import { getLogger } from "../log";
import { fromRsvpInput, toFormAnswers, toRsvpBody } from "./form-data";
import { clearFormEcho, saveFormEcho, type EchoReason } from "./form-echo";
import { cancelRsvp, confirmRsvp, createRsvp, getRsvpStatus } from "./service";
import type { RsvpStatus } from "./status";

/**
 * The attendee's pages as plain HTML forms: what a browser without
 * JavaScript posts, and where it is sent next. The page's script posts
 * the same form and reads the same answers as JSON.
 */
export async function createRsvpFromForm(options: {
  form: URLSearchParams;
  clientAddress: string;
}) {
  const created = await createRsvp({
    body: toRsvpBody(toFormAnswers(options.form)),
    clientAddress: options.clientAddress,
  });
  await addOwnedRsvpId(created.id);
  await clearFormEcho();

  return created;
}

/**
 * Keeps the answers of a form that was not accepted and answers where to
 * show them: the form with its messages, or a page that says why sending
 * has to wait.
 */
export async function keepFormAnswers(
  form: URLSearchParams,
  error: unknown,
): Promise<string> {
  const answers = toFormAnswers(form);
  if (error instanceof ApiError && error.code === "validation_failed") {
    await saveFormEcho({
      answers,
      reason: "invalid",
      fields: error.fields ?? {},
    });
    return "/#rsvp-errors";
  }

  const isWait = error instanceof ApiError && error.status >= 429;
  if (!isWait) getLogger().error({ err: error }, "RSVP form not sent");
  const code = error instanceof ApiError ? error.code : "internal_error";
  const seconds =
    error instanceof ApiError ? (error.retryAfterSeconds ?? 5) : 5;
  await saveFormEcho({
    answers,
    reason: "wait",
    fields: {},
    wait: { code, seconds },
  });

  return "/rsvp/wait";
}

export type StatusPageAction = "confirm" | "cancel" | "edit";

/**
 * Runs a button of the status page posted as a plain form and answers
 * where the browser goes next. A refusal the page can explain (not this
 * browser's, no longer in preview) just leads back to the status page,
 * which shows where the RSVP stands.
 */
export async function actOnRsvpFromForm(
  id: string,
  action: StatusPageAction,
): Promise<string> {
  const statusPage = `/rsvp/${encodeURIComponent(id)}`;
  try {
    await assertCanAccessRsvp(id);
    if (action === "confirm") await confirmRsvp(id);
    if (action === "cancel") await cancelRsvp(id);
    const landing = action === "edit" ? await reopenRsvp(id) : null;
    if (landing) return landing;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
  }

  return statusPage;
}

/**
 * Takes an RSVP's answers back into the form: to change them, or to start
 * again after it failed or expired. One still in progress is cancelled
 * first, so nothing is sent behind the attendee's back. Answers where the
 * form is shown, or null for a confirmed RSVP, which cannot be taken back.
 */
export async function reopenRsvp(id: string): Promise<string | null> {
  const view = await getRsvpStatus(id);
  if (view.status === "confirmed" || view.status === "submitting") {
    return null;
  }

  if (isInProgress(view.status)) await cancelQuietly(id);
  const fields = view.status === "failed" ? (view.error?.fields ?? {}) : {};
  await saveFormEcho({
    answers: fromRsvpInput(view.answers),
    reason: toReopenReason(view.status),
    fields,
  });

  return toFormLanding(fields);
}

/** The newest RSVP of this browser still worth coming back to. */
export async function findResumableRsvp(): Promise<{
  id: string;
  status: RsvpStatus;
} | null> {
  const ids = (await getOwnedRsvpIds()).slice(0, 3);
  for (const id of ids) {
    const view = await getRsvpStatus(id).catch(() => null);
    if (view && isWorthResuming(view.status)) {
      return { id, status: view.status };
    }
  }

  return null;
}

/**
 * The form's address, its fragment naming what should take focus: the
 * error summary, or the notice that greets returning answers. The browser
 * itself focuses a fragment's target once the page has loaded, and moves
 * focus to the page when that target cannot take it: a fragment naming
 * the whole form took the focus back from the summary after the script
 * had given it.
 */
function toFormLanding(fields: Record<string, string>): string {
  return Object.keys(fields).length > 0 ? "/#rsvp-errors" : "/#rsvp-notice";
}

/** A 303: the browser follows it with a GET, so a reload never re-posts. */
export function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { location, "cache-control": "no-store" },
  });
}

function isInProgress(status: RsvpStatus): boolean {
  return status === "queued" || status === "filling" || status === "preview";
}

function isWorthResuming(status: RsvpStatus): boolean {
  return (
    isInProgress(status) || status === "submitting" || status === "confirmed"
  );
}

function toReopenReason(status: RsvpStatus): EchoReason {
  if (status === "failed") return "failed";
  if (status === "expired") return "expired";

  return "edit";
}

/** It may have moved on meanwhile (say, expired); the answers still go back. */
async function cancelQuietly(id: string): Promise<void> {
  try {
    await cancelRsvp(id);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
}

/**
 * The status of an RSVP for the browser that owns it, for its page, and
 * when it was read; null when there is nothing this browser may see
 * (unknown, gone, not its own).
 */
export async function getOwnRsvpStatus(id: string) {
  try {
    await assertCanAccessRsvp(id);
    const view = await getRsvpStatus(id);
    return { view, readAt: Date.now() };
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") return null;
    throw error;
  }
}
