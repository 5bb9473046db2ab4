import Link from "next/link";
import type { RsvpStatus } from "@/lib/rsvp/status";
import type { SubmissionItem } from "@/lib/staff/submission-view";
import { formatMoment, statusLabels } from "./staff-labels";
import { StatusBadge } from "./status-badge";
import styles from "./staff.module.css";

export interface SubmissionsTableProps {
  items: SubmissionItem[];
  status: RsvpStatus | undefined;
  isFirstPage: boolean;
  nextCursor: string | null;
  timeZone: string;
}

/** A page of RSVPs, newest first, with links to each one and onwards. */
export function SubmissionsTable(props: SubmissionsTableProps) {
  const { items, status, timeZone } = props;
  const filtered = status
    ? ` that are ${statusLabels[status].toLowerCase()}`
    : "";

  return (
    <>
      {items.length === 0 ? (
        <p className={styles.empty}>No RSVPs{filtered} on this page.</p>
      ) : (
        <div
          className={styles.scroller}
          role="region"
          aria-labelledby="submissions-caption"
          tabIndex={0}
        >
          <table className={styles.table}>
            <caption id="submissions-caption">
              RSVPs{filtered}, newest first; times in {timeZone}
            </caption>
            <thead>
              <tr>
                <th scope="col">Attendee</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
                <th scope="col">Last change</th>
                <th scope="col">Confirmation</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <SubmissionRow key={item.id} item={item} timeZone={timeZone} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...props} />
    </>
  );
}

interface SubmissionRowProps {
  item: SubmissionItem;
  timeZone: string;
}

function SubmissionRow({ item, timeZone }: SubmissionRowProps) {
  return (
    <tr>
      <th scope="row">
        <Link href={`/staff/rsvp/${item.id}`}>{item.name}</Link>
        <span className={styles.secondary}>{item.email}</span>
        <span className={styles.secondary}>{item.company}</span>
      </th>
      <td>
        <StatusBadge status={item.status} />
      </td>
      <td className={styles.number}>
        <time dateTime={item.createdAt}>
          {formatMoment(item.createdAt, timeZone)}
        </time>
      </td>
      <td className={styles.number}>
        <time dateTime={item.updatedAt}>
          {formatMoment(item.updatedAt, timeZone)}
        </time>
      </td>
      <td className={styles.mono}>
        {item.confirmation?.number ?? <NoneMark />}
      </td>
    </tr>
  );
}

/** A dash to the eye, the word "none" to a screen reader. */
export function NoneMark() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">none</span>
    </>
  );
}

function Pager({ status, isFirstPage, nextCursor }: SubmissionsTableProps) {
  if (isFirstPage && !nextCursor) return null;

  const toHref = (cursor?: string) => {
    const params = new URLSearchParams();
    if (status) params.set("status", status);
    if (cursor) params.set("cursor", cursor);
    const query = params.toString();
    return query ? `/staff?${query}#submissions` : "/staff#submissions";
  };

  return (
    <nav aria-label="Pages of RSVPs" className={styles.pager}>
      {!isFirstPage && <Link href={toHref()}>Back to the newest</Link>}
      {nextCursor && <Link href={toHref(nextCursor)}>Older RSVPs</Link>}
    </nav>
  );
}
