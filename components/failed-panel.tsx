"use client";

import { useRouter } from "next/navigation";
import { PanelHeading } from "./panel-heading";
import { saveDraft, saveFieldErrors } from "./rsvp-draft";
import { getFieldLabel } from "./rsvp-labels";
import type { StatusView } from "./rsvp-status-view";
import styles from "./rsvp-status.module.css";

export interface FailedPanelProps {
  view: StatusView;
  shouldFocus: boolean;
}

/** The organiser's site (or our service) refused the registration. */
export function FailedPanel({ view, shouldFocus }: FailedPanelProps) {
  const router = useRouter();
  const fields = Object.entries(view.error?.fields ?? {});

  function editAnswers() {
    if (view.answers) saveDraft(view.answers);
    // The form shows these messages on the fields they belong to.
    saveFieldErrors(view.error?.fields ?? {});
    router.push("/?edit=1");
  }

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
      <div className="button-row">
        <button type="button" className="button primary" onClick={editAnswers}>
          {fields.length > 0 ? "Edit answers" : "Start again with my answers"}
        </button>
      </div>
    </section>
  );
}
