import type { EventView } from "./event-view";
import { LocalTime } from "./local-time";
import styles from "./event-details.module.css";

export interface EventFactsProps {
  event: EventView;
}

/** When (in the event's zone and the attendee's) and where, with a map. */
export function EventFacts({ event }: EventFactsProps) {
  return (
    <dl className={styles.facts}>
      <div className={styles.fact}>
        <dt>When</dt>
        <dd>
          <time dateTime={event.startsAt}>{event.dates}</time>
          <br />
          {event.times} {event.timeZoneName}
          <LocalTime
            startsAt={event.startsAt}
            endsAt={event.endsAt}
            eventTimeZone={event.timeZone}
          />
        </dd>
      </div>
      <div className={styles.fact}>
        <dt>Where</dt>
        <dd>
          {event.venue.name}
          <br />
          <span className={styles.address}>{event.venue.address}</span>
          <br />
          <a
            href={event.mapUrl}
            target="_blank"
            rel="noopener noreferrer"
            className={styles.mapLink}
          >
            Open in Google Maps
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </dd>
      </div>
    </dl>
  );
}
