import type { FieldError, FieldName, FieldNaming } from "../fields";
import { escapeHtml } from "../html";

/** What every form page needs: its values, its errors and the token. */
export interface FormPageInput {
  csrfToken: string;
  /** The values to show, under the site's own field names. */
  values: URLSearchParams;
  errors: readonly FieldError[];
  naming: FieldNaming;
}

export interface StepFormInput {
  id: string;
  action: string;
  page: FormPageInput;
  /** The form's fields, already rendered. */
  fields: string;
  buttonLabel: string;
  backHref?: string;
}

export function renderStepForm(input: StepFormInput): string {
  const back =
    input.backHref === undefined
      ? ""
      : `<a id="back-link" href="${input.backHref}">Back</a>`;

  return `<form id="${input.id}" method="post" action="${input.action}">
${renderCsrfInput(input.page.csrfToken)}
${input.fields}
<div class="actions">
<button type="submit" id="next-button" class="button">${input.buttonLabel}\
</button>
${back}
</div>
</form>`;
}

export function renderCsrfInput(csrfToken: string): string {
  return `<input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}">`;
}

/** The box at the top of a page that links to each field at fault. */
export function renderErrorSummary(
  errors: readonly FieldError[],
  naming: FieldNaming,
): string {
  if (errors.length === 0) return "";

  const items = errors.map((error) => {
    const name = naming.toHtmlName(error.field);

    return `<li><a href="#${name}">${escapeHtml(error.message)}</a></li>`;
  });

  return `<div class="error-summary" role="alert">
<h2>There is a problem</h2>
<ul>${items.join("")}</ul>
</div>
`;
}

export function findError(
  page: FormPageInput,
  field: FieldName,
): string | undefined {
  return page.errors.find((error) => error.field === field)?.message;
}

/** The attributes that tie a control to its error message. */
export function toErrorAttributes(
  name: string,
  error: string | undefined,
): Record<string, string> {
  if (error === undefined) return {};

  return { "aria-invalid": "true", "aria-describedby": `${name}-error` };
}

export function renderFieldError(
  name: string,
  error: string | undefined,
): string {
  if (error === undefined) return "";

  return `\n<p class="field-error" id="${name}-error">${escapeHtml(error)}</p>`;
}

export function toFieldClass(error: string | undefined): string {
  return error === undefined ? "field" : "field field--error";
}
