"use client";

import type { MouseEvent, Ref } from "react";
import type { FieldProblem } from "./form-errors";
import { fieldLabels, toFieldId } from "./rsvp-labels";
import styles from "./rsvp-form.module.css";

export interface ErrorSummaryProps {
  problems: FieldProblem[];
  ref: Ref<HTMLDivElement>;
}

/** Lists what to fix, with links that move focus to each field. */
export function ErrorSummary({ problems, ref }: ErrorSummaryProps) {
  if (problems.length === 0) return null;

  const title =
    problems.length === 1
      ? "There is a problem with 1 answer"
      : `There are problems with ${problems.length} answers`;

  return (
    <div
      ref={ref}
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

function focusField(
  click: MouseEvent<HTMLAnchorElement>,
  field: FieldProblem["field"],
) {
  const target = document.getElementById(toFieldId(field));
  if (!target) return;

  // A fragment link scrolls but does not always move focus (Safari).
  click.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}
