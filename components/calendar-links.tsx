import type { EventView } from "./event-view";
import styles from "./rsvp-status.module.css";

export interface CalendarLinksProps {
  event: EventView;
}

/** A calendar file for any calendar app, and Google Calendar by link. */
export function CalendarLinks({ event }: CalendarLinksProps) {
  return (
    <div className={styles.calendar}>
      <h2 className={styles.subheading}>Add it to your calendar</h2>
      <div className="button-row">
        <a href="/event.ics" download className="button secondary">
          Download calendar file (.ics)
        </a>
        <a
          href={event.googleCalendarUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="button secondary"
        >
          Add to Google Calendar
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
    </div>
  );
}
