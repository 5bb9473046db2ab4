"use client";

import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import type { FormAnswers } from "@/lib/rsvp/form-data";
import type { EchoReason } from "@/lib/rsvp/form-echo";
import type { RsvpField, RsvpInput } from "@/lib/rsvp/schema";
import { AboutYouFields } from "./about-you-fields";
import { AttendanceFields } from "./attendance-fields";
import { ConsentFields } from "./consent-fields";
import { ErrorSummary } from "./error-summary";
import type { EventView } from "./event-view";
import { saveDraft, toFormBody } from "./form-draft";
import { FormNotice } from "./form-notice";
import {
  createFormResolver,
  prefetchSchema,
  toShownErrors,
} from "./form-resolver";
import { FormStateProvider } from "./form-state";
import { isRsvpField, toFieldErrors } from "./rsvp-labels";
import { SubmitArea } from "./submit-area";
import { useFormDraft } from "./use-form-draft";
import { usePendingFocus } from "./use-pending-focus";
import { useRsvpSubmit } from "./use-rsvp-submit";
import { VisitFields } from "./visit-fields";
import styles from "./rsvp-form.module.css";

const formId = "your-rsvp";

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
 * JavaScript. Once the script runs, react-hook-form checks the answers
 * with the API's schema before anything is sent, then the form is sent
 * in the background, a draft is kept, and a busy service is retried.
 */
export function RsvpForm({ event, answers, errors, reason }: RsvpFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const [serverErrors, setServerErrors] = useState(errors);
  const { ref: summaryRef, request: focusSummary } =
    usePendingFocus<HTMLDivElement>();
  const hasErrorsOnArrival = Object.keys(errors).length > 0;
  const resolver = useMemo(
    () =>
      createFormResolver(formId, {
        maxGuests: event.maxGuests,
        sessionIds: event.sessions.map((session) => session.id),
      }),
    [event],
  );
  const { register, handleSubmit, formState } = useForm<
    FormAnswers,
    unknown,
    RsvpInput
  >({
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes focus instead, then links to each field.
    shouldFocusError: false,
  });
  const { state, send, stop } = useRsvpSubmit({
    onInvalid: (fields) => {
      const next = toFieldErrors(fields);
      setServerErrors(next);
      if (Object.keys(next).length > 0) focusSummary();
      return Object.keys(next).length > 0;
    },
    onRetry: () => form.current?.requestSubmit(),
  });
  const shown = { ...serverErrors, ...toShownErrors(formState.errors) };

  useFormDraft(form, reason !== null);
  useEffect(() => {
    if (hasErrorsOnArrival) focusSummary();
  }, [hasErrorsOnArrival, focusSummary]);

  function submit(submitEvent: FormEvent<HTMLFormElement>) {
    const element = submitEvent.currentTarget;
    const sendForm = () => {
      if (state.kind === "sending" || state.kind === "accepted") return;
      void send(toFormBody(element));
    };
    void handleSubmit(sendForm, () => focusSummary())(submitEvent);
  }

  /** A server's message is about the value that was sent: a new one drops it. */
  function change(formEvent: FormEvent<HTMLFormElement>) {
    prefetchSchema();
    saveDraft(formEvent.currentTarget);
    const { target } = formEvent;
    const name = "name" in target ? String(target.name) : "";
    if (!isRsvpField(name) || !serverErrors[name]) return;

    setServerErrors((old) => {
      const next = { ...old };
      delete next[name];
      return next;
    });
  }

  return (
    <FormStateProvider value={{ answers, errors: shown, register }}>
      <form
        ref={form}
        id={formId}
        method="post"
        action="/rsvp"
        noValidate
        onSubmit={submit}
        onChange={change}
        onFocus={prefetchSchema}
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
