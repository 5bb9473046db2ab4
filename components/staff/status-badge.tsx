import type { RsvpStatus } from "@/lib/rsvp/status";
import { statusLabels } from "./staff-labels";
import styles from "./staff.module.css";

export interface StatusBadgeProps {
  status: RsvpStatus;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const tone =
    status === "confirmed" ? "good" : status === "failed" ? "bad" : undefined;

  return (
    <span className={styles.badge} data-tone={tone}>
      {statusLabels[status]}
    </span>
  );
}
