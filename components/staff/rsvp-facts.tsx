import type { RsvpStatus } from "@/lib/rsvp/status";
import type { RsvpSession } from "@/lib/store/types";
import { formatMoment } from "./staff-labels";
import { StatusBadge } from "./status-badge";
import { NoneMark } from "./submissions-table";
import styles from "./staff.module.css";

export interface RsvpFactsProps {
  session: RsvpSession;
  status: RsvpStatus;
  timeZone: string;
}

/** Where an RSVP stands: state, times, the site's number or its error. */
export function RsvpFacts({ session, status, timeZone }: RsvpFactsProps) {
  const rows = [
    { label: "Status", value: <StatusBadge status={status} /> },
    {
      label: "Confirmation number",
      value: session.confirmation ? (
        <span className={styles.mono}>{session.confirmation.number}</span>
      ) : (
        <NoneMark />
      ),
    },
    session.error && {
      label: "Error",
      value: `${session.error.message} (${session.error.code})`,
    },
    { label: "Created", value: formatMoment(session.createdAt, timeZone) },
    { label: "Last change", value: formatMoment(session.updatedAt, timeZone) },
    {
      label: "Held by instance",
      value: <span className={styles.mono}>{session.instance}</span>,
    },
    {
      label: "RSVP id",
      value: <span className={styles.mono}>{session.id}</span>,
    },
  ];

  return (
    <dl className={styles.facts}>
      {rows.map(
        (row) =>
          row && (
            <div key={row.label} className={styles.fact}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ),
      )}
    </dl>
  );
}
