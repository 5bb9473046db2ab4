import { PanelHeading } from "./panel-heading";
import type { StatusView } from "./rsvp-status-view";
import { StatusSteps } from "./status-steps";
import styles from "./rsvp-status.module.css";

export interface ProgressPanelProps {
  /** Null while the first status is being read. */
  view: StatusView | null;
  shouldFocus: boolean;
}

/** Queued, filling or sending: the attendee waits and the page updates. */
export function ProgressPanel({ view, shouldFocus }: ProgressPanelProps) {
  const { title, detail } = toProgressText(view);

  return (
    <section className={styles.panel}>
      <StatusSteps status={view?.status ?? null} />
      <div className={styles.progress}>
        <span className={styles.spinner} aria-hidden="true" />
        <div>
          <PanelHeading shouldFocus={shouldFocus}>{title}</PanelHeading>
          {detail && <p className={styles.lead}>{detail}</p>}
        </div>
      </div>
    </section>
  );
}

function toProgressText(view: StatusView | null) {
  switch (view?.status) {
    case "queued":
      return {
        title: toQueueTitle(view.position),
        detail:
          "We'll fill in the organiser's registration form as soon as " +
          "it's your turn. Keep this page open: it updates by itself.",
      };
    case "filling":
      return {
        title: "Filling in the registration form…",
        detail:
          "This usually takes under a minute. You'll see the form before " +
          "anything is sent.",
      };
    case "submitting":
      return {
        title: "Sending your registration…",
        detail: "This takes a few seconds. Please keep this page open.",
      };
    default:
      return { title: "Checking your RSVP…", detail: null };
  }
}

function toQueueTitle(position: number | null): string {
  if (position === null) return "You're in the queue";
  if (position === 0) return "You're in the queue — you're next";

  return `You're in the queue — ${position} ahead of you`;
}
