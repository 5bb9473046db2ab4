"use client";

import { useState } from "react";
import {
  describeState,
  requestFormCheck,
  toSeconds,
  type FormCheckReportView,
  type FormCheckState,
} from "./form-check-report";
import styles from "./staff.module.css";

/**
 * The staff button that runs the form map against the third-party site
 * with a test identity, up to its preview and never further.
 */
export function FormCheckPanel() {
  const [state, setState] = useState<FormCheckState>({ kind: "idle" });
  const isRunning = state.kind === "running";

  const run = async () => {
    setState({ kind: "running" });
    setState(await requestFormCheck());
  };

  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={isRunning}
          onClick={() => void run()}
        >
          {isRunning ? "Checking…" : "Run the form check"}
        </button>
      </div>
      <p
        role="status"
        className={toStatusClass(state)}
        hidden={state.kind === "idle"}
      >
        {describeState(state)}
      </p>
      {state.kind === "done" && <FormCheckResult report={state.report} />}
    </>
  );
}

function toStatusClass(state: FormCheckState): string | undefined {
  if (state.kind === "refused") return styles.problem;
  if (state.kind === "done") {
    return state.report.ok ? styles.notice : styles.problem;
  }

  return styles.lead;
}

interface FormCheckResultProps {
  report: FormCheckReportView;
}

function FormCheckResult({ report }: FormCheckResultProps) {
  return (
    <>
      {report.error && (
        <p className={styles.mono}>
          {report.error.code}: {report.error.message}
        </p>
      )}
      <div
        className={styles.scroller}
        role="region"
        aria-labelledby="check-caption"
        tabIndex={0}
      >
        <table className={styles.table}>
          <caption id="check-caption">
            Steps of the form map, in order ({toSeconds(report.ms)} in all)
          </caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Result</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {report.steps.map((step, index) => (
              <tr key={`${index}-${step.name}`}>
                <th scope="row">{step.name}</th>
                <td>{step.ok ? "Passed" : "Failed"}</td>
                <td className={styles.number}>{toSeconds(step.ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.screenshot && (
        // eslint-disable-next-line @next/next/no-img-element -- a data URL
        <img
          src={report.screenshot}
          alt={
            report.ok
              ? "The third-party form, filled in with the test identity"
              : "The third-party site where the check stopped"
          }
          className={styles.shot}
        />
      )}
    </>
  );
}
