import { EventFacts } from "./event-facts";
import type { EventView } from "./event-view";
import styles from "./event-details.module.css";

export interface EventDetailsProps {
  event: EventView;
}

/** The invitation itself: the event, when and where, and its sessions. */
export function EventDetails({ event }: EventDetailsProps) {
  return (
    <section className={styles.invitation} aria-labelledby="event-name">
      <p className={styles.eyebrow}>You&apos;re invited</p>
      <h1 id="event-name" className={styles.name}>
        {event.name}
      </h1>
      {event.summary && <p className={styles.summary}>{event.summary}</p>}
      <EventFacts event={event} />
      {/* On a phone the form is below the whole programme. */}
      <a href="#your-rsvp" className={`button primary ${styles.jump}`}>
        RSVP now
      </a>
      {event.sessions.length > 0 && (
        <>
          <h2 className={styles.programmeTitle}>Programme</h2>
          <p className={styles.programmeNote}>
            Times are {event.timeZoneName}.
          </p>
          <ol className={styles.sessions}>
            {event.sessions.map((session) => (
              <li key={session.id} className={styles.session}>
                <SessionTime day={session.day} times={session.times} />
                <span className={styles.sessionTitle}>{session.title}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export interface SessionTimeProps {
  day: string;
  times: string;
}

/** "Thu 18 March, 09:30–10:30", never broken inside the times. */
export function SessionTime({ day, times }: SessionTimeProps) {
  return (
    <span className={styles.sessionWhen}>
      {day}, <span className={styles.nowrap}>{times}</span>
    </span>
  );
}
