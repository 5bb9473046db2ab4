"use client";

import { useCallback, useState } from "react";
import type { RsvpStatus as Status } from "@/lib/rsvp/status";
import { ConfirmedPanel } from "./confirmed-panel";
import { EndedPanel } from "./ended-panel";
import type { EventView } from "./event-view";
import { FailedPanel } from "./failed-panel";
import { PreviewPanel } from "./preview-panel";
import { ProgressPanel } from "./progress-panel";
import type { StatusView } from "./rsvp-status-view";
import { useRsvpStatus } from "./use-rsvp-status";
import styles from "./rsvp-status.module.css";

export interface RsvpStatusProps {
  /** The status the server rendered the page with. */
  initial: StatusView;
  event: EventView;
  /** When the server rendered it, so the first render here matches. */
  renderedAt: number;
}

/**
 * One RSVP from the queue to its confirmation. The server renders where
 * it stands (so it works without JavaScript and after closing the tab);
 * the script keeps it up to date and runs the buttons in place.
 */
export function RsvpStatus({ initial, event, renderedAt }: RsvpStatusProps) {
  const { view, isMissing, problem, refresh, show } = useRsvpStatus(initial);
  const [hasActed, setHasActed] = useState(false);

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
        {isMissing ? "We can't find this RSVP." : toAnnouncement(view)}
      </p>
      {problem && !isMissing && (
        <p role="status" className={styles.problem}>
          We&apos;re having trouble reaching the server. We&apos;ll keep trying,
          and nothing is lost.
        </p>
      )}
      {isMissing ? (
        <EndedPanel view={null} shouldFocus={hasActed} />
      ) : (
        <StatusPanel
          view={view}
          event={event}
          renderedAt={renderedAt}
          shouldFocus={hasActed}
          onChange={change}
        />
      )}
    </div>
  );
}

interface StatusPanelProps {
  view: StatusView;
  event: EventView;
  renderedAt: number;
  shouldFocus: boolean;
  onChange: (view: StatusView | null) => void;
}

function StatusPanel(props: StatusPanelProps) {
  const { view, event, renderedAt, shouldFocus, onChange } = props;
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
          renderedAt={renderedAt}
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
      return <EndedPanel view={view} shouldFocus={shouldFocus} />;
  }
}

const announcements: Record<Status, string> = {
  queued: "You're in the queue.",
  filling: "Filling in the registration form.",
  preview: "The filled-in form is ready for your review.",
  submitting: "Sending your registration.",
  confirmed: "Done: the organiser's site has confirmed your RSVP.",
  failed: "We couldn't complete your registration.",
  cancelled: "Your RSVP was cancelled.",
  expired: "This RSVP has expired.",
};

/** The queue position is part of it, so each move up is announced. */
function toAnnouncement(view: StatusView): string {
  if (view.status !== "queued" || view.position === null) {
    return announcements[view.status];
  }

  return view.position === 0
    ? "You're in the queue, and you're next."
    : `You're in the queue, ${view.position} ahead of you.`;
}
