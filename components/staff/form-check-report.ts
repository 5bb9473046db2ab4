import { z } from "zod";

/** GET /api/staff/form-check's answer, checked on arrival. */
export const formCheckReportSchema = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  ms: z.number(),
  steps: z.array(
    z.object({ name: z.string(), ok: z.boolean(), ms: z.number() }),
  ),
  error: z
    .object({
      code: z.string(),
      step: z.string().nullable(),
      message: z.string(),
    })
    .nullable(),
  screenshot: z.string().nullable(),
});

export type FormCheckReportView = z.infer<typeof formCheckReportSchema>;

export type FormCheckState =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; report: FormCheckReportView }
  | { kind: "refused"; message: string };

/** Runs the check and reads its report, or why it did not run. */
export async function requestFormCheck(): Promise<FormCheckState> {
  try {
    const response = await fetch("/api/staff/form-check", {
      cache: "no-store",
    });
    const body: unknown = await response.json();
    if (response.ok) {
      return { kind: "done", report: formCheckReportSchema.parse(body) };
    }
    const message = z
      .object({ error: z.object({ message: z.string() }) })
      .safeParse(body);
    return {
      kind: "refused",
      message: message.success
        ? message.data.error.message
        : "The check could not run. Please try again.",
    };
  } catch {
    return {
      kind: "refused",
      message: "The check could not be reached. Please try again.",
    };
  }
}

export function describeState(state: FormCheckState): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "running":
      return "Checking the registration form. This takes a few seconds.";
    case "refused":
      return state.message;
    case "done":
      return state.report.ok
        ? `The form check passed: ${state.report.steps.length} steps in ${toSeconds(state.report.ms)}.`
        : `The form check failed at: ${state.report.error?.step ?? "the start"}.`;
  }
}

/** "85 ms" under a second, "3.4 s" above. */
export function toSeconds(ms: number): string {
  return ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
