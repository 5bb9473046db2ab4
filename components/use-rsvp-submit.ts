"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { toRetryDelay } from "./http-client";
import { postRsvpForm } from "./rsvp-form-api";

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

/**
 * Sends the RSVP and, when the service is busy or rate limited, waits as
 * long as it asks (Retry-After) plus a random part, so a crowd that was
 * turned away together does not come back together, then sends again.
 */
export function useRsvpSubmit(options: UseRsvpSubmitOptions) {
  const router = useRouter();
  const [state, setState] = useState<SubmitState>({ kind: "idle" });
  const timer = useRef<number | undefined>(undefined);
  const waits = useRef(0);
  const latest = useRef(options);

  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const stop = useCallback(() => {
    window.clearTimeout(timer.current);
    waits.current = 0;
    setState({ kind: "idle" });
  }, []);

  const waitThenRetry = useCallback((seconds: number, code: string) => {
    waits.current += 1;
    if (waits.current > maxWaits) {
      waits.current = 0;
      setState({ kind: "failed", message: stillBusy });
      return;
    }

    const delay = toRetryDelay(seconds);
    const retryAt = Date.now() + delay;
    setState({
      kind: "waiting",
      code,
      seconds: Math.ceil(delay / 1000),
      retryAt,
    });
    timer.current = window.setTimeout(() => latest.current.onRetry(), delay);
  }, []);

  const send = useCallback(
    async (body: URLSearchParams) => {
      window.clearTimeout(timer.current);
      setState({ kind: "sending" });
      const result = await postRsvpForm(body);
      if (result.kind === "wait") {
        waitThenRetry(result.seconds, result.code);
        return;
      }

      waits.current = 0;
      if (result.kind === "accepted") {
        setState({ kind: "accepted" });
        router.push(`/rsvp/${encodeURIComponent(result.id)}`);
      } else if (result.kind === "invalid") {
        const isShown = latest.current.onInvalid(result.error.fields ?? {});
        setState(
          isShown
            ? { kind: "idle" }
            : { kind: "failed", message: result.error.message },
        );
      } else {
        setState({ kind: "failed", message: result.message });
      }
    },
    [router, waitThenRetry],
  );

  return { state, send, stop };
}

const stillBusy = "It's still very busy. Please try again in a few minutes.";
