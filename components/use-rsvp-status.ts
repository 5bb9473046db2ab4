"use client";

import { useCallback, useEffect, useState } from "react";
import { isFinalStatus, type RsvpStatus } from "@/lib/rsvp/status";
import { getRsvpStatus } from "./rsvp-api";
import type { StatusView } from "./rsvp-status-view";

export interface RsvpStatusState {
  view: StatusView | null;
  /** 404: unknown, expired, or started in another browser. */
  isMissing: boolean;
  /** Set while reads keep failing; polling goes on, more slowly. */
  problem: string | null;
}

/**
 * Polls the RSVP's status: every second while the browser works on it,
 * every few seconds on the preview (to notice it expiring), never again
 * once the status is final. Failed reads back off up to 30 seconds.
 */
export function useRsvpStatus(id: string) {
  const [state, setState] = useState<RsvpStatusState>({
    view: null,
    isMissing: false,
    problem: null,
  });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    let timer: number | undefined;
    let failures = 0;

    async function poll() {
      const result = await getRsvpStatus(id);
      if (!isCurrent) return;

      if (result.kind === "missing") {
        setState((old) => ({ ...old, isMissing: true, problem: null }));
        return;
      }
      if (result.kind === "failed") {
        failures += 1;
        // One failed read is routine on a phone; two in a row are news.
        if (failures >= 2) {
          setState((old) => ({ ...old, problem: result.message }));
        }
        const backoff = Math.min(30_000, 1000 * 2 ** failures);
        timer = window.setTimeout(() => void poll(), backoff);
        return;
      }

      failures = 0;
      setState({ view: result.view, isMissing: false, problem: null });
      const delay = toPollDelay(result.view.status);
      if (delay !== null) timer = window.setTimeout(() => void poll(), delay);
    }

    void poll();

    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [id, round]);

  /** Reads the status again now, e.g. after confirming. */
  const refresh = useCallback(() => setRound((n) => n + 1), []);

  /** Shows a status an action already returned, before the next read. */
  const show = useCallback((view: StatusView) => {
    setState({ view, isMissing: false, problem: null });
  }, []);

  return { ...state, refresh, show };
}

function toPollDelay(status: RsvpStatus): number | null {
  if (isFinalStatus(status)) return null;

  return status === "preview" ? 5000 : 1000;
}
