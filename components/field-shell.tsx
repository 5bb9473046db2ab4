"use client";

import type { ReactNode } from "react";
import type { RsvpField } from "@/lib/rsvp/schema";
import { useFormState } from "./form-state";
import { toFieldId } from "./rsvp-labels";
import styles from "./fields.module.css";

/** What a control needs to be tied to its label, hint and error. */
export interface ControlA11y {
  id: string;
  name: RsvpField;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FieldShellProps {
  field: RsvpField;
  label: string;
  isRequired?: boolean;
  hint?: string;
  children: (a11y: ControlA11y) => ReactNode;
}

/** A label, an optional hint and the field's error above its control. */
export function FieldShell({
  field,
  label,
  isRequired = false,
  hint,
  children,
}: FieldShellProps) {
  const error = useFormState().errors[field];
  const a11y = toControlA11y({ field, hasHint: Boolean(hint), error });

  return (
    <div className={error ? `${styles.field} ${styles.invalid}` : styles.field}>
      <label htmlFor={a11y.id} className={styles.label}>
        {label}
        {isRequired && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${a11y.id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      <FieldError id={`${a11y.id}-error`} message={error} />
      {children(a11y)}
    </div>
  );
}

export function RequiredMark() {
  return <span className={styles.required}> required</span>;
}

export interface FieldErrorProps {
  id: string;
  message: string | undefined;
}

export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;

  return (
    <p id={id} className={styles.error}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

interface A11yInput {
  field: RsvpField;
  hasHint: boolean;
  error: string | undefined;
}

export function toControlA11y({ field, hasHint, error }: A11yInput) {
  const id = toFieldId(field);
  const described = [hasHint && `${id}-hint`, error && `${id}-error`]
    .filter(Boolean)
    .join(" ");

  return {
    id,
    name: field,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described || undefined,
  } satisfies ControlA11y;
}
