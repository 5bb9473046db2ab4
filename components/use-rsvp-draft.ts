"use client";

import { useEffect } from "react";
import type { DefaultValues, UseFormReturn } from "react-hook-form";
import type { RsvpFormValues, RsvpInput } from "@/lib/rsvp/schema";
import type { EventView } from "./event-view";
import { readDraft, saveDraft, takeFieldErrors } from "./rsvp-draft";
import { isRsvpField } from "./rsvp-labels";

export type RsvpFormMethods = UseFormReturn<RsvpFormValues, unknown, RsvpInput>;

export interface UseRsvpDraftOptions {
  form: RsvpFormMethods;
  event: EventView;
  defaultValues: DefaultValues<RsvpFormValues>;
  /** Called when messages from a refused registration were put back. */
  onRestoredErrors: () => void;
}

/**
 * Puts the saved draft back after the first render (the server cannot see
 * localStorage) and saves every change from then on.
 */
export function useRsvpDraft({
  form,
  event,
  defaultValues,
  onRestoredErrors,
}: UseRsvpDraftOptions): void {
  const { reset, setError, subscribe } = form;

  useEffect(() => {
    const draft = readDraft(event);
    if (Object.keys(draft).length > 0) {
      reset({ ...defaultValues, ...draft }, { keepErrors: true });
    }

    const restored = applyFieldErrors(setError, takeFieldErrors());
    if (restored > 0) onRestoredErrors();

    return subscribe({
      formState: { values: true },
      callback: ({ values }) => saveDraft(values),
    });
  }, [event, defaultValues, onRestoredErrors, reset, setError, subscribe]);
}

/** Shows the server's messages on their fields; returns how many fit. */
export function applyFieldErrors(
  setError: RsvpFormMethods["setError"],
  fields: Record<string, string> | undefined,
): number {
  let applied = 0;
  for (const [name, message] of Object.entries(fields ?? {})) {
    if (!isRsvpField(name)) continue;
    setError(name, { type: "server", message });
    applied += 1;
  }

  return applied;
}
