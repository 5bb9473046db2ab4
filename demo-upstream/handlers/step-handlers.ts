import type { FieldName } from "../fields";
import { redirect, sendHtml } from "../http-io";
import { renderAttendancePage } from "../pages/attendance-page";
import { renderCompanyPage } from "../pages/company-page";
import { renderPersonalPage } from "../pages/personal-page";
import type { FormPageInput } from "../pages/step-form";
import type { RequestContext } from "../site-state";
import { reviewPath, stepFields, stepPaths } from "../steps";
import type { StepId } from "../steps";
import { validateAttendance } from "../validation/attendance";
import { validateCompany } from "../validation/company";
import { validatePersonal } from "../validation/personal";
import type { Validation } from "../validation/rules";
import { readFormPost } from "./form-post";
import { getOrCreateSession } from "./session-access";

interface StepDefinition {
  id: StepId;
  nextPath: string;
  validate(values: URLSearchParams): Validation<unknown>;
  render(page: FormPageInput): string;
}

const stepDefinitions: Record<StepId, StepDefinition> = {
  personal: {
    id: "personal",
    nextPath: stepPaths.company,
    validate: validatePersonal,
    render: renderPersonalPage,
  },
  company: {
    id: "company",
    nextPath: stepPaths.attendance,
    validate: validateCompany,
    render: renderCompanyPage,
  },
  attendance: {
    id: "attendance",
    nextPath: reviewPath,
    validate: validateAttendance,
    render: renderAttendancePage,
  },
};

/** Shows a step, filled in with what the attendee saved before. */
export function showStep(ctx: RequestContext, id: StepId): void {
  const step = stepDefinitions[id];
  const session = getOrCreateSession(ctx);
  const page: FormPageInput = {
    csrfToken: session.csrfToken,
    values: new URLSearchParams(session.steps[id] ?? ""),
    errors: [],
    naming: ctx.naming,
  };

  sendHtml(ctx.res, 200, step.render(page));
}

/** Saves a step and moves on, or shows it again with what to fix. */
export async function saveStep(ctx: RequestContext, id: StepId): Promise<void> {
  const step = stepDefinitions[id];
  const form = await readFormPost(ctx);
  if (form === null) return;

  const result = step.validate(form.values);
  if (!result.ok) {
    const page: FormPageInput = {
      csrfToken: form.session.csrfToken,
      values: form.values,
      errors: result.errors,
      naming: ctx.naming,
    };

    return sendHtml(ctx.res, 400, step.render(page));
  }

  form.session.steps[id] = keepFields(form.values, stepFields[id]);
  redirect(ctx.res, step.nextPath);
}

function keepFields(
  values: URLSearchParams,
  fields: readonly FieldName[],
): string {
  const kept = new URLSearchParams();
  for (const [key, value] of values) {
    if ((fields as readonly string[]).includes(key)) kept.append(key, value);
  }

  return kept.toString();
}
