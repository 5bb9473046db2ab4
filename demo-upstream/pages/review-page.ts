import { findChoice, meals, rsvpResponses, tracks } from "../event-options";
import type { FieldError, FieldName, FieldNaming } from "../fields";
import { escapeHtml } from "../html";
import { findFieldStep, stepPaths, submitPath } from "../steps";
import type { Answers } from "../validation/answers";
import { renderLayout } from "./layout";
import { renderCsrfInput, renderErrorSummary } from "./step-form";

export interface ReviewPageInput {
  csrfToken: string;
  answers: Answers;
  /** Problems found on submit, such as an e-mail already registered. */
  errors: readonly FieldError[];
  naming: FieldNaming;
}

/** An answer in words; a list renders as bullet points. */
type SummaryValue = string | readonly string[];

type SummaryRow = readonly [FieldName, SummaryValue];

const rowLabels: Partial<Record<FieldName, string>> = {
  attendee_given_name: "Given name(s)",
  attendee_family_name: "Family name",
  attendee_email: "Business e-mail address",
  phone_number: "Telephone number",
  org_name: "Company / organisation",
  org_role: "Job title",
  org_country: "Country / region",
  rsvp_response: "Attending",
  party_size: "Additional guests",
  track: "Sessions",
  meal_pref: "Dietary requirements",
  meal_notes: "Dietary notes",
  consent_terms: "Event terms",
  news_opt_in: "Partner news",
};

export function renderReviewPage(input: ReviewPageInput): string {
  const hasErrors = input.errors.length > 0;
  const rows = toSummaryRows(input.answers).map((row) => renderRow(input, row));

  return renderLayout({
    title: `${hasErrors ? "Error: " : ""}Check your answers`,
    progress: "review",
    content: `${renderErrorSummary(input.errors, input.naming)}
<h1>Check your answers</h1>
<p class="lead">Make sure everything is right before you send it.</p>
<dl id="review-summary" class="summary">
${rows.join("\n")}
</dl>
<form id="submit-form" method="post" action="${submitPath}">
${renderCsrfInput(input.csrfToken)}
<p>By submitting you confirm that these details are correct.</p>
<div class="actions">
<button type="submit" id="submit-registration" class="button">\
Submit registration</button>
</div>
</form>`,
  });
}

function toSummaryRows(answers: Answers): SummaryRow[] {
  const { personal, company, attendance } = answers;
  const phone = personal.phone;
  const chosenTracks = tracks.filter((t) =>
    attendance.tracks.includes(t.value),
  );
  const response = findChoice(rsvpResponses, attendance.response);

  return [
    ["attendee_given_name", personal.givenName],
    ["attendee_family_name", personal.familyName],
    ["attendee_email", personal.email],
    [
      "phone_number",
      phone === null ? "Not provided" : `${phone.dialCode} ${phone.number}`,
    ],
    ["org_name", company.company],
    ["org_role", company.jobTitle ?? "Not provided"],
    ["org_country", company.country.name],
    ["rsvp_response", response?.label ?? attendance.response],
    ["party_size", String(attendance.guests)],
    ["track", chosenTracks.map((track) => track.label)],
    ["meal_pref", findChoice(meals, attendance.meal)?.label ?? ""],
    ["meal_notes", attendance.mealNotes ?? "None"],
    ["consent_terms", "Agreed"],
    ["news_opt_in", attendance.newsOptIn ? "Yes" : "No"],
  ];
}

function renderRow(input: ReviewPageInput, row: SummaryRow): string {
  const [field, value] = row;
  const name = input.naming.toHtmlName(field);
  const label = escapeHtml(rowLabels[field] ?? field);
  const error = input.errors.find((e) => e.field === field)?.message;
  // The error summary links to #name, so a faulty answer carries it.
  const id = error === undefined ? "" : ` id="${name}"`;
  const errorHtml =
    error === undefined
      ? ""
      : `<p class="field-error" id="${name}-error">${escapeHtml(error)}</p>`;
  const href = `${stepPaths[findFieldStep(field)]}#${name}`;

  return `<div class="summary-row">
<dt>${label}</dt>
<dd${id}>${renderValue(value)}${errorHtml}</dd>
<dd><a class="edit-link" href="${href}">Change<span class="visually-hidden">
 ${label.toLowerCase()}</span></a></dd>
</div>`;
}

function renderValue(value: SummaryValue): string {
  if (typeof value === "string") return escapeHtml(value);

  if (value.length === 0) return "None selected";

  const items = value.map((item) => `<li>${escapeHtml(item)}</li>`);

  return `<ul>${items.join("")}</ul>`;
}
