import { dialCodes, toDialCodeLabel } from "../dial-codes";
import { stepPaths } from "../steps";
import { nameMaxLength, phonePattern } from "../validation/personal";
import { renderSelect, renderTextInput } from "./form-controls";
import { renderStepForm } from "./step-form";
import type { FormPageInput } from "./step-form";
import { renderStepPage } from "./step-page";

const dialCodeChoices = dialCodes.map((code) => ({
  value: code.value,
  label: toDialCodeLabel(code),
}));

export function renderPersonalPage(page: FormPageInput): string {
  const fields = [...renderIdentityFields(page), ...renderPhoneFields(page)];

  return renderStepPage({
    step: "personal",
    page,
    intro: "Tell us who is attending. Use the name on your passport or ID.",
    form: renderStepForm({
      id: "personal-form",
      action: stepPaths.personal,
      page,
      fields: fields.join("\n"),
      buttonLabel: "Continue",
    }),
  });
}

function renderIdentityFields(page: FormPageInput): string[] {
  return [
    renderTextInput(page, {
      field: "attendee_given_name",
      label: "Given name(s)",
      maxLength: nameMaxLength,
      autocomplete: "given-name",
    }),
    renderTextInput(page, {
      field: "attendee_family_name",
      label: "Family name",
      maxLength: nameMaxLength,
      autocomplete: "family-name",
    }),
    renderTextInput(page, {
      field: "attendee_email",
      label: "Business e-mail address",
      type: "email",
      maxLength: 254,
      autocomplete: "email",
      hint: "Your confirmation and joining instructions are sent here.",
    }),
  ];
}

// Both phone fields are optional, but each needs the other.
function renderPhoneFields(page: FormPageInput): string[] {
  return [
    renderSelect(page, {
      field: "phone_cc",
      label: "Country dialling code",
      options: dialCodeChoices,
      placeholder: "—",
      optional: true,
    }),
    renderTextInput(page, {
      field: "phone_number",
      label: "Telephone number",
      type: "tel",
      pattern: phonePattern,
      optional: true,
      autocomplete: "tel-national",
      hint: "Digits and spaces only, without the dialling code.",
    }),
  ];
}
