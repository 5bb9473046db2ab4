import type { EventView } from "./event-view";
import styles from "./event-details.module.css";

export interface EventFactsProps {
  event: EventView;
}

/** When and where, with times in the event's own time zone. */
export function EventFacts({ event }: EventFactsProps) {
  return (
    <dl className={styles.facts}>
      <div className={styles.fact}>
        <dt>When</dt>
        <dd>
          <time dateTime={event.startsAt}>{event.dates}</time>
          <br />
          {event.times} {event.timeZoneName}
        </dd>
      </div>
      <div className={styles.fact}>
        <dt>Where</dt>
        <dd>
          {event.venue.name}
          <br />
          <span className={styles.address}>{event.venue.address}</span>
        </dd>
      </div>
    </dl>
  );
}
