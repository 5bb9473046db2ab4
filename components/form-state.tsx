"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { FormAnswers } from "@/lib/rsvp/form-data";
import type { RsvpField } from "@/lib/rsvp/schema";

/**
 * What every field of the form reads: the answer it starts with (from the
 * server, which may be echoing a form it could not accept) and its
 * message, if any.
 */
export interface FormState {
  answers: FormAnswers;
  errors: Partial<Record<RsvpField, string>>;
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
