"use client";

import { AnswersList } from "./answers-list";
import type { EventView } from "./event-view";
import { ExpiryNote } from "./expiry-note";
import { PanelHeading } from "./panel-heading";
import { PreviewActions } from "./preview-actions";
import { PreviewImage } from "./preview-image";
import type { StatusView } from "./rsvp-status-view";
import { StatusSteps } from "./status-steps";
import styles from "./rsvp-status.module.css";

export interface PreviewPanelProps {
  view: StatusView;
  event: EventView;
  renderedAt: number;
  shouldFocus: boolean;
  onChange: (view: StatusView | null) => void;
}

/** The filled, unsent form: the attendee checks it, then decides. */
export function PreviewPanel({
  view,
  event,
  renderedAt,
  shouldFocus,
  onChange,
}: PreviewPanelProps) {
  const answersId = "preview-answers";

  return (
    <section className={styles.panel}>
      <StatusSteps status="preview" />
      <PanelHeading shouldFocus={shouldFocus}>
        Check your registration
      </PanelHeading>
      <p className={styles.lead}>
        This is the organiser&apos;s registration form, filled in with your
        answers. Nothing has been sent yet.
      </p>
      <ExpiryNote expiresAt={view.expiresAt} renderedAt={renderedAt} />
      <div className={styles.review}>
        {view.previewUrl && (
          <PreviewImage src={view.previewUrl} answersId={answersId} />
        )}
        <div className={styles.reviewSide}>
          {view.answers && (
            <>
              <h2 className={styles.subheading}>Your answers</h2>
              <AnswersList
                id={answersId}
                answers={view.answers}
                event={event}
              />
            </>
          )}
          <PreviewActions view={view} onChange={onChange} />
        </div>
      </div>
    </section>
  );
}
