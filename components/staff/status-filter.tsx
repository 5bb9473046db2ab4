import { rsvpStatuses, type RsvpStatus } from "@/lib/rsvp/status";
import { statusLabels } from "./staff-labels";
import styles from "./staff.module.css";

export interface StatusFilterProps {
  status: RsvpStatus | undefined;
}

/** A plain GET form: it works before, and without, any script. */
export function StatusFilter({ status }: StatusFilterProps) {
  return (
    <form method="get" action="/staff" className={styles.filter}>
      <div className={styles.field}>
        <label htmlFor="status-filter" className={styles.label}>
          Status
        </label>
        <select
          id="status-filter"
          name="status"
          defaultValue={status ?? ""}
          className={styles.control}
        >
          <option value="">Any status</option>
          {rsvpStatuses.map((option) => (
            <option key={option} value={option}>
              {statusLabels[option]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button secondary">
        Show
      </button>
    </form>
  );
}
