"use client";

import { useEffect, useState } from "react";
import { useIsHydrated } from "./use-hydrated";
import styles from "./rsvp-status.module.css";

export interface ExpiryNoteProps {
  expiresAt: string | null;
  /** The server's clock when it rendered the page. */
  renderedAt: number;
}

/**
 * How long the unsent preview is kept. The server says "about N minutes";
 * once the script runs, the time by the attendee's own clock is added.
 */
export function ExpiryNote({ expiresAt, renderedAt }: ExpiryNoteProps) {
  const now = useMinuteClock(renderedAt);
  const isHydrated = useIsHydrated();
  const at = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isNaN(at)) return null;

  const minutes = Math.max(0, Math.round((at - now) / 60_000));
  const left =
    minutes < 1
      ? "in less than a minute"
      : minutes === 1
        ? "within about 1 minute"
        : `within about ${minutes} minutes`;

  return (
    <p className={styles.expiry}>
      Please confirm {left}
      {isHydrated && (
        <>
          {" (by "}
          <time dateTime={expiresAt ?? undefined}>{toClockTime(at)}</time>
          {")"}
        </>
      )}
      . After that the preview is dropped and nothing is sent.
    </p>
  );
}

function toClockTime(at: number): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
}

/** Starts from the server's time, so the first render matches its HTML. */
function useMinuteClock(renderedAt: number): number {
  const [now, setNow] = useState(renderedAt);

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(tick);
  }, []);

  return now;
}
