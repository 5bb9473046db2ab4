import type { RsvpStatus } from "@/lib/rsvp/status";

/** How each state reads to staff. */
export const statusLabels: Record<RsvpStatus, string> = {
  queued: "Queued",
  filling: "Filling in",
  preview: "Preview ready",
  submitting: "Sending",
  confirmed: "Confirmed",
  failed: "Failed",
  cancelled: "Cancelled",
  expired: "Expired",
};

/**
 * A moment as staff read it, in the event's time zone. Formatted on the
 * server only, so the browser's zone cannot disagree while hydrating.
 */
export function formatMoment(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "unknown";

  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
