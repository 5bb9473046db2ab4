import { findCountry } from "../countries";
import type { Country } from "../countries";
import type { FieldError } from "../fields";
import { checkText, readText } from "./rules";
import type { Validation } from "./rules";

export interface CompanyAnswers {
  company: string;
  jobTitle: string | null;
  country: Country;
}

export const companyMaxLength = 120;

export function validateCompany(
  values: URLSearchParams,
): Validation<CompanyAnswers> {
  const errors: FieldError[] = [];
  const company = checkText(values, errors, {
    field: "org_name",
    maxLength: companyMaxLength,
    missing: "Enter your company or organisation",
    tooLong: `Company must be ${companyMaxLength} characters or fewer`,
  });
  const jobTitle = checkText(values, errors, {
    field: "org_role",
    maxLength: companyMaxLength,
    tooLong: `Job title must be ${companyMaxLength} characters or fewer`,
  });
  const country = findCountry(readText(values, "org_country"));
  if (country === undefined) {
    errors.push({
      field: "org_country",
      message: "Select your country or region",
    });
  }

  // A missing country is always among the errors; the check narrows it.
  if (errors.length > 0 || country === undefined) return { ok: false, errors };

  return {
    ok: true,
    value: { company, jobTitle: jobTitle === "" ? null : jobTitle, country },
  };
}
