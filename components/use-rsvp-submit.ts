"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toRetryDelay } from "./http-client";
import { postRsvpForm, type PostRsvpResult } from "./rsvp-form-api";

export type SubmitState =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "accepted" }
  | { kind: "waiting"; code: string; seconds: number; retryAt: number }
  | { kind: "failed"; message: string };

export interface UseRsvpSubmitOptions {
  /**
   * The server refused some answers: show them on their fields. Returns
   * false when none of them is a field of the form.
   */
  onInvalid: (fields: Record<string, string>) => boolean;
  /** Send again, from the form, so edits made while waiting count. */
  onRetry: () => void;
}

const maxWaits = 8;
const stillBusy = "It's still very busy. Please try again in a few minutes.";

/**
 * Sends the RSVP and, when the service is busy or rate limited, waits as
 * long as it asks (Retry-After) plus a random part, so a crowd that was
 * turned away together does not come back together, then sends again.
 */
export function useRsvpSubmit(options: UseRsvpSubmitOptions) {
  const router = useRouter();
  const [state, setState] = useState<SubmitState>({ kind: "idle" });
  const latest = useRef(options);
  const retry = useRetry(setState, () => latest.current.onRetry());

  useEffect(() => {
    latest.current = options;
  });

  const send = useCallback(
    async (body: URLSearchParams) => {
      retry.cancel();
      setState({ kind: "sending" });
      const result = await postRsvpForm(body);
      if (result.kind === "wait") {
        retry.schedule(result.seconds, result.code);
        return;
      }

      retry.settle();
      setState(toSettledState(result, latest.current.onInvalid));
      if (result.kind === "accepted") {
        router.push(`/rsvp/${encodeURIComponent(result.id)}`);
      }
    },
    [retry, router],
  );

  return { state, send, stop: retry.stop };
}

type SettledResult = Exclude<PostRsvpResult, { kind: "wait" }>;

function toSettledState(
  result: SettledResult,
  onInvalid: UseRsvpSubmitOptions["onInvalid"],
): SubmitState {
  if (result.kind === "accepted") return { kind: "accepted" };
  if (result.kind === "failed") return result;

  return onInvalid(result.error.fields ?? {})
    ? { kind: "idle" }
    : { kind: "failed", message: result.error.message };
}

/** The timer of the next automatic send, and how many waits in a row. */
function useRetry(setState: (state: SubmitState) => void, onRetry: () => void) {
  const timer = useRef<number | undefined>(undefined);
  const waits = useRef(0);
  const latestRetry = useRef(onRetry);

  useEffect(() => {
    latestRetry.current = onRetry;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return useMemo(() => {
    const cancel = () => window.clearTimeout(timer.current);
    const settle = () => {
      waits.current = 0;
      cancel();
    };
    const schedule = (seconds: number, code: string) => {
      waits.current += 1;
      if (waits.current > maxWaits) {
        settle();
        setState({ kind: "failed", message: stillBusy });
        return;
      }

      const delay = toRetryDelay(seconds);
      const [wait, retryAt] = [Math.ceil(delay / 1000), Date.now() + delay];
      setState({ kind: "waiting", code, seconds: wait, retryAt });
      timer.current = window.setTimeout(() => latestRetry.current(), delay);
    };
    const stop = () => {
      settle();
      setState({ kind: "idle" });
    };

    return { cancel, settle, schedule, stop };
  }, [setState]);
}
