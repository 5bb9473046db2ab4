"use client";

import type { ReactNode } from "react";
import type { RsvpField } from "@/lib/rsvp/schema";
import { FieldError, RequiredMark } from "./field-shell";
import { useFormState } from "./form-state";
import { toFieldId } from "./rsvp-labels";
import styles from "./fields.module.css";

export interface ChoiceGroupProps {
  field: RsvpField;
  legend: string;
  isRequired?: boolean;
  hint?: string;
  /**
   * Radios form a radiogroup: that role carries "required" and "invalid"
   * for the group, which a single radio cannot.
   */
  isRadioGroup?: boolean;
  children: (isInvalid: boolean) => ReactNode;
}

/** Radios or checkboxes under one legend, with the group's error. */
export function ChoiceGroup({
  field,
  legend,
  isRequired = false,
  hint,
  isRadioGroup = false,
  children,
}: ChoiceGroupProps) {
  const error = useFormState().errors[field];
  const id = toFieldId(field);
  const described = [hint && `${id}-hint`, error && `${id}-error`]
    .filter(Boolean)
    .join(" ");

  return (
    <fieldset
      className={error ? `${styles.group} ${styles.invalid}` : styles.group}
      aria-describedby={described || undefined}
      {...(isRadioGroup && {
        role: "radiogroup",
        "aria-required": isRequired || undefined,
        "aria-invalid": error ? true : undefined,
      })}
    >
      <legend className={styles.label}>
        {legend}
        {isRequired && <RequiredMark />}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <div className={styles.choices}>{children(Boolean(error))}</div>
    </fieldset>
  );
}

export interface ChoiceProps {
  id: string;
  label: ReactNode;
  children: ReactNode;
}

/** One radio or checkbox (the child) with its label; all of it is tappable. */
export function Choice({ id, label, children }: ChoiceProps) {
  return (
    <div className={styles.choice}>
      {children}
      <label htmlFor={id} className={styles.choiceLabel}>
        {label}
      </label>
    </div>
  );
}
