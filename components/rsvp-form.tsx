"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FormAnswers } from "@/lib/rsvp/form-data";
import type { EchoReason } from "@/lib/rsvp/form-echo";
import type { RsvpField } from "@/lib/rsvp/schema";
import { AboutYouFields } from "./about-you-fields";
import { AttendanceFields } from "./attendance-fields";
import { ConsentFields } from "./consent-fields";
import { ErrorSummary } from "./error-summary";
import type { EventView } from "./event-view";
import { saveDraft, toFormBody } from "./form-draft";
import { FormNotice } from "./form-notice";
import { FormStateProvider } from "./form-state";
import { isRsvpField, toFieldErrors } from "./rsvp-labels";
import { SubmitArea } from "./submit-area";
import { useFormDraft } from "./use-form-draft";
import { usePendingFocus } from "./use-pending-focus";
import { useRsvpSubmit } from "./use-rsvp-submit";
import { VisitFields } from "./visit-fields";
import styles from "./rsvp-form.module.css";

export interface RsvpFormProps {
  event: EventView;
  /** What the fields start with: empty, or answers the server sent back. */
  answers: FormAnswers;
  errors: Partial<Record<RsvpField, string>>;
  /** Why the server sent answers back; null on a first visit. */
  reason: EchoReason | null;
}

/**
 * A plain HTML form that posts to /rsvp, so it works before (or without)
 * JavaScript. Once the script runs it sends the same form in the
 * background, keeps a draft, and retries by itself when it is busy.
 */
export function RsvpForm({ event, answers, errors, reason }: RsvpFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const [shown, setShown] = useState(errors);
  const { ref: summaryRef, request: focusSummary } =
    usePendingFocus<HTMLDivElement>();
  const hasErrorsOnArrival = Object.keys(errors).length > 0;
  const { state, send, stop } = useRsvpSubmit({
    onInvalid: (fields) => {
      const next = toFieldErrors(fields);
      setShown(next);
      if (Object.keys(next).length > 0) focusSummary();
      return Object.keys(next).length > 0;
    },
    onRetry: () => form.current?.requestSubmit(),
  });

  useFormDraft(form, reason !== null);
  useEffect(() => {
    if (hasErrorsOnArrival) focusSummary();
  }, [hasErrorsOnArrival, focusSummary]);

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (state.kind === "sending" || state.kind === "accepted") return;

    void send(toFormBody(formEvent.currentTarget));
  }

  /** A message is about the value that was sent; a new value drops it. */
  function change(formEvent: FormEvent<HTMLFormElement>) {
    saveDraft(formEvent.currentTarget);
    const { target } = formEvent;
    const name = "name" in target ? String(target.name) : "";
    if (!isRsvpField(name) || !shown[name]) return;

    setShown((old) => {
      const next = { ...old };
      delete next[name];
      return next;
    });
  }

  return (
    <FormStateProvider value={{ answers, errors: shown }}>
      <form
        ref={form}
        id="your-rsvp"
        method="post"
        action="/rsvp"
        noValidate
        onSubmit={submit}
        onChange={change}
        aria-labelledby="rsvp-heading"
        className={styles.form}
      >
        <h2 id="rsvp-heading" className={styles.title}>
          Your RSVP
        </h2>
        <p className={styles.intro}>
          It takes about two minutes. Answers marked &ldquo;required&rdquo; are
          needed by the organiser.
        </p>
        {reason && (
          <FormNotice reason={reason} shouldFocus={!hasErrorsOnArrival} />
        )}
        <ErrorSummary ref={summaryRef} errors={shown} />
        <AboutYouFields />
        <AttendanceFields />
        <VisitFields event={event} />
        <ConsentFields />
        <SubmitArea state={state} onStop={stop} />
      </form>
    </FormStateProvider>
  );
}
