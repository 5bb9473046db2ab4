"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { UseFormRegister } from "react-hook-form";
import type { FormAnswers } from "@/lib/rsvp/form-data";
import type { RsvpField } from "@/lib/rsvp/schema";

/**
 * What every field of the form reads: the answer it starts with (from the
 * server, which may be echoing a form it could not accept), its message,
 * if any, and how it registers with the form library.
 */
export interface FormState {
  answers: FormAnswers;
  errors: Partial<Record<RsvpField, string>>;
  /** Ties a control to react-hook-form, which checks it on change. */
  register: UseFormRegister<FormAnswers>;
}

const FormStateContext = createContext<FormState | null>(null);

export interface FormStateProviderProps {
  value: FormState;
  children: ReactNode;
}

export function FormStateProvider({ value, children }: FormStateProviderProps) {
  return <FormStateContext value={value}>{children}</FormStateContext>;
}

export function useFormState(): FormState {
  const state = useContext(FormStateContext);
  if (!state) throw new Error("A form field is outside the RSVP form");

  return state;
}
