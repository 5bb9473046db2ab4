"use client";

import type { HTMLInputAutoCompleteAttribute } from "react";
import { textLimits } from "@/lib/rsvp/form-data";
import { FieldShell } from "./field-shell";
import { useFormState } from "./form-state";
import { fieldLabels } from "./rsvp-labels";
import styles from "./fields.module.css";

type TextFieldName = Exclude<keyof typeof textLimits, "dietaryNotes">;

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
  const { answers, register } = useFormState();

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
          defaultValue={answers[field]}
          maxLength={textLimits[field]}
          autoComplete={autoComplete}
          aria-required={isRequired || undefined}
          spellCheck={type === "text" ? undefined : false}
          autoCapitalize={type === "text" ? undefined : "none"}
          className={styles.control}
        />
      )}
    </FieldShell>
  );
}
