import { isPastExpiry } from "../rsvp/session-record";
import type { RsvpConfirmation, RsvpStatus } from "../rsvp/status";
import type { RsvpSession } from "../store/types";

/** One row of GET /api/staff/submissions (API.md). */
export interface SubmissionItem {
  id: string;
  status: RsvpStatus;
  createdAt: string;
  updatedAt: string;
  name: string;
  email: string;
  company: string;
  confirmation: RsvpConfirmation | null;
}

/**
 * The status staff should see: a record past its expiry that nobody has
 * read since still says "preview" in the store, but it is expired.
 */
export function toEffectiveStatus(session: RsvpSession): RsvpStatus {
  return isPastExpiry(session) ? "expired" : session.status;
}

export function toSubmissionItem(session: RsvpSession): SubmissionItem {
  const { input } = session;

  return {
    id: session.id,
    status: toEffectiveStatus(session),
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    name: `${input.firstName} ${input.lastName}`,
    email: input.email,
    company: input.company,
    confirmation: session.confirmation,
  };
}
