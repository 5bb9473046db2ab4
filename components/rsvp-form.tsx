"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef } from "react";
import {
  FormProvider,
  useForm,
  useWatch,
  type DefaultValues,
} from "react-hook-form";
import {
  createRsvpInputSchema,
  type RsvpFormValues,
  type RsvpInput,
} from "@/lib/rsvp/schema";
import { AboutYouFields } from "./about-you-fields";
import { AttendanceFields } from "./attendance-fields";
import { ConsentFields } from "./consent-fields";
import { EditNotice } from "./edit-notice";
import { ErrorSummary } from "./error-summary";
import type { EventView } from "./event-view";
import { collectProblems } from "./form-errors";
import { SubmitArea } from "./submit-area";
import { useClearServerErrors } from "./use-clear-server-errors";
import { usePendingFocus } from "./use-pending-focus";
import { applyFieldErrors, useRsvpDraft } from "./use-rsvp-draft";
import { useRsvpSubmit } from "./use-rsvp-submit";
import { VisitFields } from "./visit-fields";
import styles from "./rsvp-form.module.css";

export interface RsvpFormProps {
  event: EventView;
  /** The attendee came back from a preview to change their answers. */
  isEditing: boolean;
}

const defaultValues: DefaultValues<RsvpFormValues> = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  company: "",
  jobTitle: "",
  country: "",
  guests: 0,
  dietary: "none",
  dietaryNotes: "",
  sessions: [],
  marketingOptIn: false,
};

export function RsvpForm({ event, isEditing }: RsvpFormProps) {
  const schema = useMemo(
    () =>
      createRsvpInputSchema({
        maxGuests: event.maxGuests,
        sessionIds: event.sessions.map((session) => session.id),
      }),
    [event],
  );
  const form = useForm<RsvpFormValues, unknown, RsvpInput>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: false,
  });
  const attendance = useWatch({ control: form.control, name: "attendance" });
  const { ref: summaryRef, request: focusSummary } =
    usePendingFocus<HTMLDivElement>();
  const retry = useRef(() => {});

  useRsvpDraft({ form, event, defaultValues, onRestoredErrors: focusSummary });
  useClearServerErrors(form);

  const { state, send, stop } = useRsvpSubmit({
    onInvalid: (error) => {
      const applied = applyFieldErrors(form.setError, error.fields);
      if (applied > 0) focusSummary();
      return applied > 0;
    },
    onRetry: () => retry.current(),
  });
  const submit = form.handleSubmit(
    (input) => send(toSubmission(input)),
    () => {
      stop();
      focusSummary();
    },
  );

  useEffect(() => {
    retry.current = () => void submit();
  });

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(formEvent) => void submit(formEvent)}
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
        {isEditing && <EditNotice />}
        <ErrorSummary
          ref={summaryRef}
          problems={collectProblems(form.formState.errors)}
        />
        <AboutYouFields />
        <AttendanceFields />
        {attendance !== "declined" && <VisitFields event={event} />}
        <ConsentFields />
        <SubmitArea state={state} onStop={stop} />
      </form>
    </FormProvider>
  );
}

/** Someone who cannot come brings no guests and joins no sessions. */
function toSubmission(input: RsvpInput): RsvpInput {
  if (input.attendance === "attending") return input;

  return {
    ...input,
    guests: 0,
    dietary: undefined,
    dietaryNotes: undefined,
    sessions: undefined,
  };
}
