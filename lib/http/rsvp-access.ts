import { isRsvpId } from "../rsvp/session-record";
import { notFound } from "./api-error";
import { isOwner, isStaff } from "./owner-session";

export interface RsvpAccessOptions {
  /**
   * Lets signed-in staff through as well: for reading an RSVP's status
   * and preview, never for confirming or cancelling it.
   * @default false
   */
  allowStaff?: boolean;
}

/**
 * Only the browser that created an RSVP may see or change it. An unknown
 * id, a malformed one and someone else's all answer the same 404, so an id
 * cannot be probed.
 */
export async function assertCanAccessRsvp(
  id: string,
  options: RsvpAccessOptions = {},
): Promise<void> {
  if (!isRsvpId(id)) throw notFound();
  if (await isOwner(id)) return;
  if (options.allowStaff && (await isStaff())) return;

  throw notFound();
}
