"use client";

import { useCallback, useEffect, useState } from "react";
import type { RsvpStatus as Status } from "@/lib/rsvp/status";
import { ConfirmedPanel } from "./confirmed-panel";
import {
  forgetCurrentRsvp,
  isWorthResuming,
  saveCurrentRsvp,
} from "./current-rsvp";
import { EndedPanel } from "./ended-panel";
import type { EventView } from "./event-view";
import { FailedPanel } from "./failed-panel";
import { PreviewPanel } from "./preview-panel";
import { ProgressPanel } from "./progress-panel";
import type { StatusView } from "./rsvp-status-view";
import { useRsvpStatus } from "./use-rsvp-status";
import styles from "./rsvp-status.module.css";

export interface RsvpStatusProps {
  id: string;
  event: EventView;
}

/**
 * One RSVP from the queue to its confirmation. Everything shown comes
 * from the server, so the page picks up where it was after a reload.
 */
export function RsvpStatus({ id, event }: RsvpStatusProps) {
  const { view, isMissing, problem, refresh, show } = useRsvpStatus(id);
  const [hasActed, setHasActed] = useState(false);
  const status: Status | "missing" | "loading" = isMissing
    ? "missing"
    : (view?.status ?? "loading");

  useEffect(() => {
    if (isMissing || (view && !isWorthResuming(view.status))) {
      forgetCurrentRsvp(id);
    } else if (view) {
      saveCurrentRsvp(id);
    }
  }, [id, isMissing, view]);

  const change = useCallback(
    (next: StatusView | null) => {
      setHasActed(true);
      if (next) show(next);
      refresh();
    },
    [refresh, show],
  );

  return (
    <div className={styles.page}>
      <p className={styles.eyebrow}>Your RSVP for {event.name}</p>
      <p aria-live="polite" className="visually-hidden">
        {announcements[status]}
      </p>
      {problem && !isMissing && (
        <p role="status" className={styles.problem}>
          We&apos;re having trouble reaching the server. We&apos;ll keep trying,
          and nothing is lost.
        </p>
      )}
      <StatusPanel
        view={view}
        isMissing={isMissing}
        event={event}
        shouldFocus={hasActed}
        onChange={change}
      />
    </div>
  );
}

interface StatusPanelProps {
  view: StatusView | null;
  isMissing: boolean;
  event: EventView;
  shouldFocus: boolean;
  onChange: (view: StatusView | null) => void;
}

function StatusPanel(props: StatusPanelProps) {
  const { view, isMissing, event, shouldFocus, onChange } = props;
  if (isMissing) {
    return (
      <EndedPanel reason="missing" answers={null} shouldFocus={shouldFocus} />
    );
  }
  if (!view) return <ProgressPanel view={null} shouldFocus={false} />;

  switch (view.status) {
    case "queued":
    case "filling":
    case "submitting":
      return <ProgressPanel view={view} shouldFocus={shouldFocus} />;
    case "preview":
      return (
        <PreviewPanel
          view={view}
          event={event}
          shouldFocus={shouldFocus}
          onChange={onChange}
        />
      );
    case "confirmed":
      return (
        <ConfirmedPanel view={view} event={event} shouldFocus={shouldFocus} />
      );
    case "failed":
      return <FailedPanel view={view} shouldFocus={shouldFocus} />;
    case "cancelled":
    case "expired":
      return (
        <EndedPanel
          reason={view.status}
          answers={view.answers}
          shouldFocus={shouldFocus}
        />
      );
  }
}

const announcements: Record<Status | "missing" | "loading", string> = {
  loading: "",
  queued: "You're in the queue.",
  filling: "Filling in the registration form.",
  preview: "The filled-in form is ready for you to check.",
  submitting: "Sending your registration.",
  confirmed: "Done: the organiser's site has confirmed your RSVP.",
  failed: "We couldn't complete your registration.",
  cancelled: "Your RSVP was cancelled.",
  expired: "This RSVP has expired.",
  missing: "We can't find this RSVP.",
};
