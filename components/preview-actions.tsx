"use client";

import { useState, type FormEvent } from "react";
import { cancelRsvp, confirmRsvp, type ActionResult } from "./rsvp-api";
import type { StatusView } from "./rsvp-status-view";
import styles from "./rsvp-status.module.css";

export interface PreviewActionsProps {
  view: StatusView;
  /** Shows a status an action returned, then reads the truth again. */
  onChange: (view: StatusView | null) => void;
}

type Action = "confirm" | "edit" | "cancel";

/**
 * Confirm, edit or cancel, as buttons of one plain form: without
 * JavaScript each posts to its own route and comes back here. With it,
 * confirm and cancel run in place; "edit" still goes through the server,
 * which puts the answers back into the invitation's form.
 */
export function PreviewActions({ view, onChange }: PreviewActionsProps) {
  const [pending, setPending] = useState<Action | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const base = `/rsvp/${encodeURIComponent(view.id)}`;

  async function run(action: "confirm" | "cancel") {
    setPending(action);
    setProblem(null);
    const result =
      action === "confirm"
        ? await confirmRsvp(view.id)
        : await cancelRsvp(view.id);
    if (result.kind === "failed") {
      setPending(null);
      setProblem(result.message);
      return;
    }

    onChange(toNextView({ action, view, result }));
  }

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    const action = toAction(formEvent);
    if (pending !== null) {
      formEvent.preventDefault();
      return;
    }
    if (action === "edit") {
      setPending("edit");
      return;
    }

    formEvent.preventDefault();
    void run(action);
  }

  return (
    <form
      method="post"
      action={`${base}/confirm`}
      onSubmit={submit}
      className={styles.actions}
    >
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      <div className="button-row">
        <button
          type="submit"
          value="confirm"
          className="button primary"
          aria-disabled={pending !== null || undefined}
        >
          {pending === "confirm" ? "Confirming…" : "Confirm and register"}
        </button>
        <button
          type="submit"
          value="edit"
          formAction={`${base}/edit`}
          className="button secondary"
          aria-disabled={pending !== null || undefined}
        >
          {pending === "edit" ? "Opening your answers…" : "Edit answers"}
        </button>
        <button
          type="submit"
          value="cancel"
          formAction={`${base}/cancel`}
          className="button quiet"
          aria-disabled={pending !== null || undefined}
        >
          {pending === "cancel" ? "Cancelling…" : "Cancel"}
        </button>
      </div>
    </form>
  );
}

function toAction(formEvent: FormEvent<HTMLFormElement>): Action {
  const { nativeEvent } = formEvent;
  const submitter =
    nativeEvent instanceof SubmitEvent ? nativeEvent.submitter : null;
  const value = submitter instanceof HTMLButtonElement ? submitter.value : "";

  return value === "edit" || value === "cancel" ? value : "confirm";
}

interface NextViewInput {
  action: "confirm" | "cancel";
  view: StatusView;
  result: ActionResult;
}

/** Null when only a fresh read can tell (gone, or not in preview now). */
function toNextView({ action, view, result }: NextViewInput) {
  if (result.kind !== "done") return null;
  if (result.view) return result.view;

  return {
    ...view,
    status: action === "confirm" ? "submitting" : "cancelled",
  } satisfies StatusView;
}
