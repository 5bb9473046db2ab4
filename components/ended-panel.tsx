"use client";

import Link from "next/link";
import { PanelHeading } from "./panel-heading";
import { ReopenForm } from "./reopen-form";
import type { StatusView } from "./rsvp-status-view";
import styles from "./rsvp-status.module.css";

export interface EndedPanelProps {
  /** Null when the RSVP can no longer be found at all. */
  view: StatusView | null;
  shouldFocus: boolean;
}

const texts = {
  cancelled: {
    title: "Your RSVP was cancelled",
    detail: "Nothing was sent to the organiser.",
  },
  expired: {
    title: "This RSVP has expired",
    detail:
      "Unsent previews are kept for a short time only, and nothing was " +
      "sent to the organiser. Your answers are kept: start again and " +
      "they're filled in for you.",
  },
  missing: {
    title: "We can't find this RSVP",
    detail:
      "It may have expired, or it was started in another browser. " +
      "Nothing is lost: you can answer again.",
  },
} as const;

/** Cancelled, expired or gone: say so and offer a fresh start. */
export function EndedPanel({ view, shouldFocus }: EndedPanelProps) {
  const reason =
    view?.status === "expired" ? "expired" : view ? "cancelled" : "missing";
  const text = texts[reason];

  return (
    <section className={styles.panel}>
      <PanelHeading shouldFocus={shouldFocus}>{text.title}</PanelHeading>
      <p className={styles.lead}>{text.detail}</p>
      {view && view.answers ? (
        <ReopenForm
          id={view.id}
          label={
            reason === "expired"
              ? "Start again with my answers"
              : "Answer again with my answers"
          }
        />
      ) : (
        <Link href="/" className="button primary">
          Back to the invitation
        </Link>
      )}
    </section>
  );
}
