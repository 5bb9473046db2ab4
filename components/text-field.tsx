"use client";

import type { HTMLInputAutoCompleteAttribute } from "react";
import { useFormContext } from "react-hook-form";
import type { RsvpFormValues } from "@/lib/rsvp/schema";
import { FieldShell } from "./field-shell";
import { fieldLabels } from "./rsvp-labels";
import styles from "./fields.module.css";

type TextFieldName =
  "firstName" | "lastName" | "email" | "phone" | "company" | "jobTitle";

export interface TextFieldProps {
  field: TextFieldName;
  autoComplete: HTMLInputAutoCompleteAttribute;
  isRequired?: boolean;
  type?: "text" | "email" | "tel";
  hint?: string;
}

export function TextField({
  field,
  autoComplete,
  isRequired = false,
  type = "text",
  hint,
}: TextFieldProps) {
  const { register } = useFormContext<RsvpFormValues>();

  return (
    <FieldShell
      field={field}
      label={fieldLabels[field]}
      isRequired={isRequired}
      hint={hint}
    >
      {(a11y) => (
        <input
          {...a11y}
          {...register(field)}
          type={type}
          autoComplete={autoComplete}
          aria-required={isRequired || undefined}
          spellCheck={type === "text" ? undefined : false}
          className={styles.control}
        />
      )}
    </FieldShell>
  );
}
