"use client";

import type { ReactNode } from "react";
import { FieldShell } from "./field-shell";
import { useFormState } from "./form-state";
import { fieldLabels } from "./rsvp-labels";
import styles from "./fields.module.css";

export interface SelectFieldProps {
  field: "country" | "guests" | "dietary";
  isRequired?: boolean;
  autoComplete?: string;
  hint?: string;
  children: ReactNode;
}

export function SelectField({
  field,
  isRequired = false,
  autoComplete,
  hint,
  children,
}: SelectFieldProps) {
  const { answers, register } = useFormState();

  return (
    <FieldShell
      field={field}
      label={fieldLabels[field]}
      isRequired={isRequired}
      hint={hint}
    >
      {(a11y) => (
        <select
          {...a11y}
          {...register(field)}
          defaultValue={answers[field]}
          autoComplete={autoComplete}
          aria-required={isRequired || undefined}
          className={styles.control}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}
