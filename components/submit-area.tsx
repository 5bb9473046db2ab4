"use client";

import { useEffect, useState } from "react";
import type { SubmitState } from "./use-rsvp-submit";
import styles from "./rsvp-form.module.css";

export interface SubmitAreaProps {
  state: SubmitState;
  onStop: () => void;
}

/**
 * The send button and what is happening with the last send. While
 * sending, the button is marked disabled but keeps keyboard focus.
 */
export function SubmitArea({ state, onStop }: SubmitAreaProps) {
  const isBusy = state.kind === "sending" || state.kind === "accepted";

  return (
    <div className={styles.submitArea}>
      <div className="button-row">
        <button
          type="submit"
          className="button primary"
          aria-disabled={isBusy || undefined}
        >
          {isBusy
            ? "Sending…"
            : state.kind === "waiting"
              ? "Try again now"
              : "Send my RSVP"}
        </button>
        {state.kind === "waiting" && (
          <button type="button" className="button quiet" onClick={onStop}>
            Stop trying
          </button>
        )}
      </div>
      {/* Below the button, so a message appearing never moves the button. */}
      {state.kind === "failed" && (
        <p role="alert" className={styles.failure}>
          {state.message} Your answers are still here.
        </p>
      )}
      <p role="status" className={styles.progress}>
        {state.kind === "sending" && "Sending your answers…"}
        {state.kind === "accepted" && "Opening your RSVP…"}
        {state.kind === "waiting" && <WaitMessage state={state} />}
      </p>
      <p className={styles.afterSend}>
        Next, you&apos;ll see the organiser&apos;s form filled in with your
        answers. Nothing is sent to them until you confirm.
      </p>
    </div>
  );
}

interface WaitMessageProps {
  state: Extract<SubmitState, { kind: "waiting" }>;
}

function WaitMessage({ state }: WaitMessageProps) {
  const seconds = useSecondsUntil(state.retryAt);
  const reason = waitReasons[state.code] ?? waitReasons.busy;

  // The count ticks for the eye only; a screen reader hears the sentence
  // once rather than every second.
  return (
    <>
      {`${reason} — we'll retry in `}
      <span aria-hidden="true">{seconds} s</span>
      <span className="visually-hidden">about {state.seconds} seconds</span>.
    </>
  );
}

const waitReasons: Record<string, string> = {
  busy: "Lots of people are answering right now",
  rate_limited: "Lots of RSVPs came from your network just now",
  shutting_down: "We're restarting a server",
};

function useSecondsUntil(at: number): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [at]);

  return Math.max(0, Math.ceil((at - now) / 1000));
}
