import { meals, partySizes, rsvpResponses, tracks } from "../event-options";
import { stepPaths } from "../steps";
import { mealNotesMaxLength } from "../validation/attendance";
import { renderCheckbox, renderChoiceGroup } from "./choice-controls";
import { renderSelect, renderTextArea } from "./form-controls";
import { renderStepForm } from "./step-form";
import type { FormPageInput } from "./step-form";
import { renderStepPage } from "./step-page";

// The radios' ids are shorter than their name, as on the original site.
const responseOptions = rsvpResponses.map((choice) => ({
  ...choice,
  id: `rsvp_${choice.value}`,
}));

const trackOptions = tracks.map((choice) => ({
  ...choice,
  id: `track_${choice.value}`,
}));

export function renderAttendancePage(page: FormPageInput): string {
  return renderStepPage({
    step: "attendance",
    page,
    intro: "Let us know whether you can join us and how we can host you.",
    form: renderStepForm({
      id: "attendance-form",
      action: stepPaths.attendance,
      page,
      fields: [
        ...renderAttendingFields(page),
        ...renderCateringFields(page),
        ...renderConsentFields(page),
      ].join("\n"),
      buttonLabel: "Review",
      backHref: stepPaths.company,
    }),
  });
}

function renderAttendingFields(page: FormPageInput): string[] {
  return [
    renderChoiceGroup(page, {
      field: "rsvp_response",
      legend: "Will you attend the summit?",
      type: "radio",
      options: responseOptions,
      required: true,
    }),
    renderSelect(page, {
      field: "party_size",
      label: "Additional guests",
      options: partySizes,
    }),
    renderChoiceGroup(page, {
      field: "track",
      legend: "Sessions you plan to join",
      type: "checkbox",
      options: trackOptions,
      hint: "Select all that apply.",
    }),
  ];
}

function renderCateringFields(page: FormPageInput): string[] {
  return [
    renderSelect(page, {
      field: "meal_pref",
      label: "Dietary requirements",
      options: meals,
    }),
    renderTextArea(page, {
      field: "meal_notes",
      label: "Dietary notes",
      maxLength: mealNotesMaxLength,
      optional: true,
      hint: "Required if you chose “Other”. Allergies, for example.",
    }),
  ];
}

function renderConsentFields(page: FormPageInput): string[] {
  return [
    renderCheckbox(page, {
      field: "consent_terms",
      label: "I agree to the event terms and the processing of my data",
      required: true,
    }),
    renderCheckbox(page, {
      field: "news_opt_in",
      label: "Send me partner news",
    }),
  ];
}
