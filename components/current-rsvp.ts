import type { RsvpStatus } from "@/lib/rsvp/status";

/**
 * Which RSVP this browser last started, so the invitation can lead an
 * attendee who closed the tab back to it. Only the id is kept; the
 * server's cookie decides whether this browser may see it.
 */
const currentKey = "rsvp-current";

export function readCurrentRsvp(): string | null {
  try {
    return window.localStorage.getItem(currentKey);
  } catch {
    return null;
  }
}

export function saveCurrentRsvp(id: string): void {
  try {
    window.localStorage.setItem(currentKey, id);
  } catch {
    // Without storage the invitation simply cannot point back here.
  }
}

export function forgetCurrentRsvp(id: string): void {
  try {
    if (window.localStorage.getItem(currentKey) === id) {
      window.localStorage.removeItem(currentKey);
    }
  } catch {
    // Nothing was stored, so nothing is left to forget.
  }
}

/** Still worth coming back to: in progress, or confirmed. */
export function isWorthResuming(status: RsvpStatus): boolean {
  return !(["failed", "cancelled", "expired"] as const).some(
    (ended) => ended === status,
  );
}
