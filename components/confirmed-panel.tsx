"use client";

import { useEffect } from "react";
import { AnswersList } from "./answers-list";
import { CopyButton } from "./copy-button";
import { EventFacts } from "./event-facts";
import type { EventView } from "./event-view";
import { PanelHeading } from "./panel-heading";
import { clearDraft } from "./rsvp-draft";
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
      {number && (
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
          <p className={styles.hintText}>
            Keep it: the organiser may ask for it.
          </p>
        </div>
      )}
      <h2 className={styles.subheading}>{event.name}</h2>
      <EventFacts event={event} />
      {view.answers && (
        <>
          <h2 className={styles.subheading}>Your answers</h2>
          <AnswersList answers={view.answers} event={event} />
        </>
      )}
    </section>
  );
}
