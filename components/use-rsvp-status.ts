"use client";

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from "react";
import { isFinalStatus, type RsvpStatus } from "@/lib/rsvp/status";
import { getRsvpStatus } from "./rsvp-api";
import type { StatusView } from "./rsvp-status-view";

export interface RsvpStatusState {
  view: StatusView;
  /** 404: expired long ago, or started in another browser. */
  isMissing: boolean;
  /** Set while reads keep failing; polling goes on, more slowly. */
  problem: string | null;
}

/**
 * Starts from the status the server rendered the page with, then polls:
 * every second while the browser works on it, every few seconds on the
 * preview (to notice it expiring), never once the status is final.
 */
export function useRsvpStatus(initial: StatusView) {
  const [state, setState] = useState<RsvpStatusState>({
    view: initial,
    isMissing: false,
    problem: null,
  });
  const [round, setRound] = useState(0);
  const handledRound = useRef(0);
  const { view } = state;

  // Each new view schedules the next read; refresh() reads at once.
  useEffect(() => {
    const isRefresh = round !== handledRound.current;
    handledRound.current = round;
    const delay = isRefresh ? 0 : toPollDelay(view.status);
    if (delay === null) return;

    return scheduleRead({ id: view.id, delay, update: setState });
  }, [view, round]);

  /** Reads the status again now, e.g. after confirming. */
  const refresh = useCallback(() => setRound((n) => n + 1), []);

  /** Shows a status an action already returned, before the next read. */
  const show = useCallback((next: StatusView) => {
    setState({ view: next, isMissing: false, problem: null });
  }, []);

  return { ...state, refresh, show };
}

interface ReadOptions {
  id: string;
  delay: number;
  update: Dispatch<SetStateAction<RsvpStatusState>>;
}

/**
 * Reads the status once after `delay`. Failed reads are tried again,
 * backing off up to 30 seconds. Answers a function that stops it.
 */
function scheduleRead({ id, delay, update }: ReadOptions): () => void {
  let isCurrent = true;
  let timer: number | undefined;
  let failures = 0;

  async function read() {
    const result = await getRsvpStatus(id);
    if (!isCurrent) return;

    if (result.kind === "found") {
      update({ view: result.view, isMissing: false, problem: null });
    } else if (result.kind === "missing") {
      update((old) => ({ ...old, isMissing: true, problem: null }));
    } else {
      failures += 1;
      // One failed read is routine on a phone; two in a row are news.
      if (failures >= 2) update((old) => ({ ...old, problem: result.message }));
      timer = window.setTimeout(() => void read(), toBackoff(failures));
    }
  }

  timer = window.setTimeout(() => void read(), delay);
  return () => {
    isCurrent = false;
    window.clearTimeout(timer);
  };
}

function toPollDelay(status: RsvpStatus): number | null {
  if (isFinalStatus(status)) return null;

  return status === "preview" ? 5000 : 1000;
}

function toBackoff(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** failures);
}
