import type { RsvpStatus } from "@/lib/rsvp/status";
import styles from "./rsvp-status.module.css";

export interface StatusStepsProps {
  status: RsvpStatus | null;
}

const steps = ["Queued", "Filling", "Review", "Confirmed"] as const;

/** Where the RSVP is on its way, as four named steps. */
export function StatusSteps({ status }: StatusStepsProps) {
  const current = toStepIndex(status);

  return (
    <ol className={styles.steps} aria-label="Progress">
      {steps.map((step, index) => {
        const state =
          index < current ? "done" : index === current ? "current" : "todo";
        return (
          <li
            key={step}
            className={styles.step}
            data-state={state}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className={styles.stepDot} aria-hidden="true">
              {state === "done" ? "✓" : index + 1}
            </span>
            <span>
              {step}
              {state === "done" && (
                <span className="visually-hidden"> (done)</span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Sending belongs to the last step; a confirmed RSVP has done them all. */
function toStepIndex(status: RsvpStatus | null): number {
  switch (status) {
    case "filling":
      return 1;
    case "preview":
      return 2;
    case "submitting":
      return 3;
    case "confirmed":
      return steps.length;
    default:
      return 0;
  }
}
