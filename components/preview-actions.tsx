"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { cancelRsvp, confirmRsvp } from "./rsvp-api";
import { saveDraft } from "./rsvp-draft";
import type { StatusView } from "./rsvp-status-view";
import styles from "./rsvp-status.module.css";

export interface PreviewActionsProps {
  view: StatusView;
  /** Shows a status an action returned, then reads the truth again. */
  onChange: (view: StatusView | null) => void;
}

type Action = "confirm" | "edit" | "cancel";

export function PreviewActions({ view, onChange }: PreviewActionsProps) {
  const router = useRouter();
  const [pending, setPending] = useState<Action | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(action: Action) {
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

    if (action === "edit") {
      // The answers of this RSVP become the draft the form opens with.
      if (view.answers) saveDraft(view.answers);
      router.push("/?edit=1");
      return;
    }
    onChange(toNextView({ action, view, result }));
  }

  return (
    <div className={styles.actions}>
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={pending !== null}
          onClick={() => void run("confirm")}
        >
          {pending === "confirm" ? "Confirming…" : "Confirm and register"}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={pending !== null}
          onClick={() => void run("edit")}
        >
          {pending === "edit" ? "Opening your answers…" : "Edit answers"}
        </button>
        <button
          type="button"
          className="button quiet"
          disabled={pending !== null}
          onClick={() => void run("cancel")}
        >
          {pending === "cancel" ? "Cancelling…" : "Cancel"}
        </button>
      </div>
    </div>
  );
}

interface NextViewInput {
  action: "confirm" | "cancel";
  view: StatusView;
  result: Awaited<ReturnType<typeof confirmRsvp>>;
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
