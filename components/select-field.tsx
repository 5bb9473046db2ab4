"use client";

import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { RsvpFormValues } from "@/lib/rsvp/schema";
import { FieldShell } from "./field-shell";
import { fieldLabels } from "./rsvp-labels";
import styles from "./fields.module.css";

export interface SelectFieldProps {
  field: "country" | "guests" | "dietary";
  isRequired?: boolean;
  autoComplete?: string;
  hint?: string;
  /** The guests count is a number in the schema, not the option's text. */
  isNumber?: boolean;
  children: ReactNode;
}

export function SelectField({
  field,
  isRequired = false,
  autoComplete,
  hint,
  isNumber = false,
  children,
}: SelectFieldProps) {
  const { register } = useFormContext<RsvpFormValues>();

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
          {...register(field, { valueAsNumber: isNumber })}
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
