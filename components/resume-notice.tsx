import type { RsvpStatus } from "@/lib/rsvp/status";
import styles from "./rsvp-form.module.css";

export interface ResumeNoticeProps {
  rsvp: { id: string; status: RsvpStatus };
}

/**
 * Points a returning attendee to the RSVP their browser already started.
 * The server knows it from the cookie, so it is in the page from the
 * first paint: nothing moves when it appears.
 */
export function ResumeNotice({ rsvp }: ResumeNoticeProps) {
  const isConfirmed = rsvp.status === "confirmed";

  return (
    <p className={styles.resume}>
      {isConfirmed
        ? "You're already registered for this event. "
        : "You have an RSVP that isn't finished yet. "}
      <a href={`/rsvp/${encodeURIComponent(rsvp.id)}`}>
        {isConfirmed ? "See your confirmation" : "Continue where you left off"}
      </a>
    </p>
  );
}
