"use client";

import { useEffect, useRef } from "react";
import styles from "./rsvp-form.module.css";

/**
 * Greets an attendee who came back to change their answers, and brings
 * the form into view: on a phone it sits below the whole invitation.
 */
export function EditNotice() {
  const notice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    notice.current?.focus();
    notice.current?.scrollIntoView({ block: "start" });
  }, []);

  return (
    <p ref={notice} tabIndex={-1} className={styles.notice}>
      Your answers are filled in below. Change what you need, then send your
      RSVP again.
    </p>
  );
}
