"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { PanelHeading } from "./panel-heading";
import { saveDraft } from "./rsvp-draft";
import type { RsvpAnswers } from "./rsvp-status-view";
import styles from "./rsvp-status.module.css";

export interface EndedPanelProps {
  reason: "cancelled" | "expired" | "missing";
  answers: RsvpAnswers | null;
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
      "sent to the organiser.",
  },
  missing: {
    title: "We can't find this RSVP",
    detail:
      "It may have expired, or it was started in another browser. " +
      "Nothing is lost: you can answer again.",
  },
} as const;

/** Cancelled, expired or unknown: say so and offer a fresh start. */
export function EndedPanel({ reason, answers, shouldFocus }: EndedPanelProps) {
  const router = useRouter();
  const text = texts[reason];

  function startAgain() {
    if (answers) saveDraft(answers);
    router.push("/?edit=1");
  }

  return (
    <section className={styles.panel}>
      <PanelHeading shouldFocus={shouldFocus}>{text.title}</PanelHeading>
      <p className={styles.lead}>{text.detail}</p>
      {reason === "cancelled" ? (
        <Link href="/" className="button secondary">
          Back to the invitation
        </Link>
      ) : (
        <div className="button-row">
          <button type="button" className="button primary" onClick={startAgain}>
            {answers ? "Start again with my answers" : "Start again"}
          </button>
        </div>
      )}
    </section>
  );
}
