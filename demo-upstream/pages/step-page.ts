import { escapeHtml } from "../html";
import { stepTitles } from "../steps";
import type { StepId } from "../steps";
import { renderLayout } from "./layout";
import { renderErrorSummary } from "./step-form";
import type { FormPageInput } from "./step-form";

export interface StepPageInput {
  step: StepId;
  page: FormPageInput;
  intro: string;
  form: string;
}

/** A step of the form inside the site's frame, errors first. */
export function renderStepPage(input: StepPageInput): string {
  const title = stepTitles[input.step];
  const hasErrors = input.page.errors.length > 0;

  return renderLayout({
    title: hasErrors ? `Error: ${title}` : title,
    progress: input.step,
    content: `${renderErrorSummary(input.page.errors, input.page.naming)}
<h1>${title}</h1>
<p class="lead">${escapeHtml(input.intro)}</p>
${input.form}`,
  });
}
