import { countries } from "../countries";
import { stepPaths } from "../steps";
import { companyMaxLength } from "../validation/company";
import { renderSelect, renderTextInput } from "./form-controls";
import { renderStepForm } from "./step-form";
import type { FormPageInput } from "./step-form";
import { renderStepPage } from "./step-page";

const countryChoices = countries.map((country) => ({
  value: country.code,
  label: country.name,
}));

export function renderCompanyPage(page: FormPageInput): string {
  const fields = [
    renderTextInput(page, {
      field: "org_name",
      label: "Company / organisation",
      maxLength: companyMaxLength,
      autocomplete: "organization",
    }),
    renderTextInput(page, {
      field: "org_role",
      label: "Job title",
      maxLength: companyMaxLength,
      optional: true,
      autocomplete: "organization-title",
    }),
    renderSelect(page, {
      field: "org_country",
      label: "Country / region",
      options: countryChoices,
      placeholder: "Please select",
    }),
  ];

  return renderStepPage({
    step: "company",
    page,
    intro: "Tell us about the partner company you represent.",
    form: renderStepForm({
      id: "company-form",
      action: stepPaths.company,
      page,
      fields: fields.join("\n"),
      buttonLabel: "Continue",
      backHref: stepPaths.personal,
    }),
  });
}
