import Link from "next/link";
import type { RsvpDetail } from "@/lib/staff/overview";
import { AnswersList } from "../answers-list";
import type { EventView } from "../event-view";
import { RsvpFacts } from "./rsvp-facts";
import { RsvpTimeline } from "./rsvp-timeline";
import styles from "./staff.module.css";

export interface RsvpDetailViewProps extends RsvpDetail {
  event: EventView;
  timeZone: string;
}

export function RsvpDetailView(props: RsvpDetailViewProps) {
  const { session, status, preview, event, timeZone } = props;
  const name = `${session.input.firstName} ${session.input.lastName}`;

  return (
    <div className={styles.page}>
      <p>
        <Link href="/staff#submissions">All submissions</Link>
      </p>
      <div className={styles.header}>
        <h1>RSVP from {name}</h1>
      </div>
      <div className={styles.columns}>
        <section aria-labelledby="facts-title" className={styles.panel}>
          <h2 id="facts-title">Where it stands</h2>
          <RsvpFacts session={session} status={status} timeZone={timeZone} />
          <h2 id="timeline-title" className={styles.actions}>
            Timeline
          </h2>
          <RsvpTimeline session={session} timeZone={timeZone} />
        </section>
        <section aria-labelledby="answers-title" className={styles.panel}>
          <h2 id="answers-title">Answers as sent</h2>
          <AnswersList answers={session.input} event={event} />
        </section>
      </div>
      <section aria-labelledby="preview-title" className={styles.panel}>
        <h2 id="preview-title">Preview</h2>
        {preview ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data URL
          <img
            src={preview}
            alt={`The third-party form as filled in for ${name}`}
            className={styles.shot}
          />
        ) : (
          <p className={styles.empty}>
            No preview is kept for this RSVP: it never reached one, or the
            screenshot has expired.
          </p>
        )}
      </section>
    </div>
  );
}
