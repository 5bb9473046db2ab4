"use client";

import { useEffect } from "react";
import { AnswersList } from "./answers-list";
import { CalendarLinks } from "./calendar-links";
import { CopyButton } from "./copy-button";
import { EventFacts } from "./event-facts";
import type { EventView } from "./event-view";
import { clearDraft } from "./form-draft";
import { PanelHeading } from "./panel-heading";
import type { StatusView } from "./rsvp-status-view";
import { StatusSteps } from "./status-steps";
import styles from "./rsvp-status.module.css";

export interface ConfirmedPanelProps {
  view: StatusView;
  event: EventView;
  shouldFocus: boolean;
}

export function ConfirmedPanel({
  view,
  event,
  shouldFocus,
}: ConfirmedPanelProps) {
  const isAttending = view.answers?.attendance !== "declined";
  const number = view.confirmation?.number;

  // The answers are registered now; a draft would only prefill a second
  // RSVP nobody asked for.
  useEffect(() => clearDraft(), []);

  return (
    <section className={styles.panel}>
      <StatusSteps status="confirmed" />
      <PanelHeading shouldFocus={shouldFocus}>
        {isAttending ? "You're registered" : "Your answer has been sent"}
      </PanelHeading>
      <p className={styles.lead}>
        {isAttending
          ? "The organiser's site has confirmed your registration."
          : "The organiser's site has recorded that you can't attend."}
      </p>
      {number && <ConfirmationNumber number={number} />}
      {isAttending && (
        <>
          <h2 className={styles.subheading}>{event.name}</h2>
          <EventFacts event={event} />
          <CalendarLinks event={event} />
          <NextSteps hasNumber={Boolean(number)} />
        </>
      )}
      {view.answers && (
        <>
          <h2 className={styles.subheading}>Your answers</h2>
          <AnswersList answers={view.answers} event={event} />
        </>
      )}
    </section>
  );
}

function ConfirmationNumber({ number }: { number: string }) {
  return (
    <div className={styles.confirmation}>
      <p className={styles.confirmationLabel} id="confirmation-label">
        Your confirmation number
      </p>
      <p
        className={styles.confirmationNumber}
        aria-labelledby="confirmation-label"
      >
        {number}
      </p>
      <CopyButton text={number} label="Copy number" />
      <p className={styles.hintText}>Keep it: the organiser may ask for it.</p>
    </div>
  );
}

function NextSteps({ hasNumber }: { hasNumber: boolean }) {
  return (
    <>
      <h2 className={styles.subheading}>What happens next</h2>
      <ol className={styles.nextSteps}>
        <li>Add the event to your calendar, so the date stays free.</li>
        <li>
          {hasNumber
            ? "Keep your confirmation number: quote it if you contact the organiser, and have it ready when you arrive."
            : "Keep this page: it shows your registration whenever you come back in this browser."}
        </li>
        <li>
          To change or cancel your registration now, contact the organiser: it
          is registered on their site, not here.
        </li>
      </ol>
    </>
  );
}
