"use client";

import { PanelHeading } from "./panel-heading";
import { ReopenForm } from "./reopen-form";
import { getFieldLabel } from "./rsvp-labels";
import type { StatusView } from "./rsvp-status-view";
import styles from "./rsvp-status.module.css";

export interface FailedPanelProps {
  view: StatusView;
  shouldFocus: boolean;
}

/** The organiser's site (or our service) refused the registration. */
export function FailedPanel({ view, shouldFocus }: FailedPanelProps) {
  const fields = Object.entries(view.error?.fields ?? {});

  return (
    <section className={styles.panel}>
      <PanelHeading shouldFocus={shouldFocus}>
        We couldn&apos;t complete your registration
      </PanelHeading>
      <p className={styles.lead}>
        {view.error?.message ?? "Something went wrong while registering you."}
      </p>
      {fields.length > 0 && (
        <ul className={styles.fieldProblems}>
          {fields.map(([field, message]) => (
            <li key={field}>
              <strong>{getFieldLabel(field)}:</strong> {message}
            </li>
          ))}
        </ul>
      )}
      <p>Nothing was registered. Your answers are kept for you.</p>
      <ReopenForm
        id={view.id}
        label={
          fields.length > 0 ? "Fix my answers" : "Start again with my answers"
        }
      />
    </section>
  );
}
