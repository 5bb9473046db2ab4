"use client";

import { useEffect } from "react";
import { isRsvpField } from "./rsvp-labels";
import type { RsvpFormMethods } from "./use-rsvp-draft";

/**
 * A message from the server (say, "already registered") is about the
 * value that was sent. Once the attendee changes that value, it no longer
 * applies, even before the form is checked again on the next send.
 */
export function useClearServerErrors(form: RsvpFormMethods): void {
  const { clearErrors, getFieldState, subscribe } = form;

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          const field = name?.split(".")[0];
          if (!field || !isRsvpField(field)) return;
          if (getFieldState(field).error?.type === "server") {
            clearErrors(field);
          }
        },
      }),
    [clearErrors, getFieldState, subscribe],
  );
}
