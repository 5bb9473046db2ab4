import type { RsvpInput } from "./schema";

/**
 * An RSVP's life, in order. Any state may end in failed, cancelled or
 * expired. Safe to import in the browser.
 */
export const rsvpStatuses = [
  "queued",
  "filling",
  "preview",
  "submitting",
  "confirmed",
  "failed",
  "cancelled",
  "expired",
] as const;

export type RsvpStatus = (typeof rsvpStatuses)[number];

export const finalStatuses: readonly RsvpStatus[] = [
  "confirmed",
  "failed",
  "cancelled",
  "expired",
];

export function isFinalStatus(status: RsvpStatus): boolean {
  return finalStatuses.includes(status);
}

export interface RsvpError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export interface RsvpConfirmation {
  number: string;
  confirmedAt: string;
}

/** What GET /api/rsvp/{id} answers. */
export interface RsvpStatusView {
  id: string;
  status: RsvpStatus;
  position: number | null;
  previewUrl: string | null;
  confirmation: RsvpConfirmation | null;
  error: RsvpError | null;
  expiresAt: string;
  /** The answers as validated; shown to the owner and staff only. */
  answers: RsvpInput;
}
