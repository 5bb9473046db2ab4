import type { RsvpStatus } from "@/lib/rsvp/status";
import styles from "./rsvp-status.module.css";

export interface NoScriptRefreshProps {
  id: string;
  status: RsvpStatus;
  /** The attendee asked the page to stop reloading itself. */
  isPaused: boolean;
}

const refreshSeconds = 3;

/**
 * Without JavaScript the page cannot poll, so while the RSVP is being
 * worked on it reloads itself every few seconds, with a way to stop that
 * (a page that reloads by itself can disturb a screen reader). Inside
 * <noscript>, a browser running scripts ignores all of it.
 */
export function NoScriptRefresh({
  id,
  status,
  isPaused,
}: NoScriptRefreshProps) {
  const isWorking = ["queued", "filling", "submitting"].includes(status);
  if (!isWorking) return null;

  const path = `/rsvp/${encodeURIComponent(id)}`;
  return (
    <noscript>
      {!isPaused && (
        <meta httpEquiv="refresh" content={String(refreshSeconds)} />
      )}
      <p className={styles.noScript}>
        {isPaused ? (
          <>
            This page no longer updates by itself.{" "}
            <a href={path}>Check again</a>
          </>
        ) : (
          <>
            This page checks again every {refreshSeconds} seconds.{" "}
            <a href={`${path}?updates=off`}>Stop automatic updates</a>
          </>
        )}
      </p>
    </noscript>
  );
}
