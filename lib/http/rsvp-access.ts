import { isRsvpId } from "../rsvp/session-record";
import { notFound } from "./api-error";
import { isOwner } from "./owner-session";

/**
 * Only the browser that created an RSVP may see or change it. An unknown
 * id, a malformed one and someone else's all answer the same 404, so an id
 * cannot be probed.
 */
export async function assertCanAccessRsvp(id: string): Promise<void> {
  if (!isRsvpId(id) || !(await isOwner(id))) throw notFound();
}
