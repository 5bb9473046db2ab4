"use client";

import type { MouseEvent, Ref } from "react";
import type { RsvpField } from "@/lib/rsvp/schema";
import { fieldLabels, fieldOrder, toFieldId } from "./rsvp-labels";
import styles from "./rsvp-form.module.css";

export interface ErrorSummaryProps {
  errors: Partial<Record<RsvpField, string>>;
  ref: Ref<HTMLDivElement>;
}

/**
 * Lists what to fix, with links that move focus to each field. Its id is
 * where a browser without JavaScript lands after a refused form.
 */
export function ErrorSummary({ errors, ref }: ErrorSummaryProps) {
  const problems = fieldOrder.flatMap((field) => {
    const message = errors[field];
    return message ? [{ field, message }] : [];
  });
  if (problems.length === 0) return null;

  const title =
    problems.length === 1
      ? "There is a problem with 1 answer"
      : `There are problems with ${problems.length} answers`;

  return (
    <div
      ref={ref}
      id="rsvp-errors"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className={styles.summary}
    >
      <h3 id="error-summary-title" className={styles.summaryTitle}>
        {title}
      </h3>
      <ul className={styles.summaryList}>
        {problems.map((problem) => (
          <li key={problem.field}>
            <a
              href={`#${toFieldId(problem.field)}`}
              onClick={(click) => focusField(click, problem.field)}
            >
              <span className="visually-hidden">
                {fieldLabels[problem.field]}:{" "}
              </span>
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(click: MouseEvent<HTMLAnchorElement>, field: RsvpField) {
  const target = document.getElementById(toFieldId(field));
  if (!target) return;

  // A fragment link scrolls but does not always move focus (Safari).
  click.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}
