"use client";

import { useEffect, useState } from "react";
import styles from "./rsvp-status.module.css";

export interface ExpiryNoteProps {
  expiresAt: string | null;
}

/** When the unsent preview is dropped, in the attendee's own clock. */
export function ExpiryNote({ expiresAt }: ExpiryNoteProps) {
  const now = useMinuteClock();
  const at = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isNaN(at)) return null;

  const time = new Intl.DateTimeFormat(undefined, {
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
  const minutes = Math.max(0, Math.round((at - now) / 60_000));
  const left =
    minutes < 1
      ? "less than a minute left"
      : minutes === 1
        ? "about 1 minute left"
        : `about ${minutes} minutes left`;

  return (
    <p className={styles.expiry}>
      Please confirm by <time dateTime={expiresAt ?? undefined}>{time}</time>
      {` (${left}). `}
      After that the preview is dropped and nothing is sent.
    </p>
  );
}

function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(tick);
  }, []);

  return now;
}
