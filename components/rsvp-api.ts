import { offlineMessage, readApiError, readJson, send } from "./http-client";
import { statusViewSchema, type StatusView } from "./rsvp-status-view";

/** The status page's side of API.md, its answers checked on arrival. */
export type StatusResult =
  | { kind: "found"; view: StatusView }
  | { kind: "missing" }
  | { kind: "failed"; message: string };

export type ActionResult =
  | { kind: "done"; view: StatusView | null }
  | { kind: "missing" }
  | { kind: "conflict"; message: string }
  | { kind: "failed"; message: string };

export async function getRsvpStatus(id: string): Promise<StatusResult> {
  const response = await send(toRsvpPath(id), { cache: "no-store" });
  if (!response) return { kind: "failed", message: offlineMessage };
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

async function act(path: string, method: string): Promise<ActionResult> {
  const response = await send(path, { method });
  if (!response) return { kind: "failed", message: offlineMessage };
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
