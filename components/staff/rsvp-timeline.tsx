import type { RsvpSession } from "@/lib/store/types";
import { formatMoment, statusLabels } from "./staff-labels";
import styles from "./staff.module.css";

export interface RsvpTimelineProps {
  session: RsvpSession;
  timeZone: string;
}

/**
 * Each state the RSVP went through, when, and which instance did it; the
 * moment its form was sent sits among them in order.
 */
export function RsvpTimeline({ session, timeZone }: RsvpTimelineProps) {
  const attempt = session.submitAttempt;
  const moments = [
    ...session.history.map((entry) => ({
      label: statusLabels[entry.status],
      at: entry.at,
      instance: entry.instance,
    })),
    ...(attempt ? [{ label: "Sent to the third-party site", ...attempt }] : []),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <ol className={styles.timeline}>
      {moments.map((moment, index) => (
        <li key={`${index}-${moment.label}`}>
          <strong>{moment.label}</strong>{" "}
          <time dateTime={moment.at}>{formatMoment(moment.at, timeZone)}</time>
          <span className={styles.secondary}>
            by instance <span className={styles.mono}>{moment.instance}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
