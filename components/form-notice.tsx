"use client";

import { useEffect, useRef } from "react";
import type { EchoReason } from "@/lib/rsvp/form-echo";
import styles from "./rsvp-form.module.css";

export interface FormNoticeProps {
  reason: EchoReason;
  /** Another element (the error summary) takes focus instead. */
  shouldFocus: boolean;
}

const texts: Record<EchoReason, string | null> = {
  invalid: null,
  edit:
    "Your answers are filled in below. Change what you need, then send " +
    "your RSVP again.",
  failed:
    "The organiser's site didn't accept these answers, and nothing was " +
    "registered. Fix what's marked, then send your RSVP again.",
  expired:
    "Your earlier RSVP expired before you confirmed it, and nothing was " +
    "sent. Your answers are filled in below: send them again when you're " +
    "ready.",
  wait:
    "We couldn't send your RSVP yet because lots of people are answering " +
    "right now. Your answers are below: send them again in a moment.",
};

/**
 * Greets an attendee whose answers came back to the form, and brings the
 * form into view: on a phone it sits below the whole invitation.
 */
export function FormNotice({ reason, shouldFocus }: FormNoticeProps) {
  const notice = useRef<HTMLParagraphElement>(null);
  const text = texts[reason];

  useEffect(() => {
    if (!shouldFocus) return;

    notice.current?.focus();
    notice.current?.scrollIntoView({ block: "start" });
  }, [shouldFocus]);

  if (!text) return null;

  return (
    <p ref={notice} id="rsvp-notice" tabIndex={-1} className={styles.notice}>
      {text}
    </p>
  );
}
