import { isDialCode } from "../dial-codes";
import type { FieldError } from "../fields";
import { checkText, readText } from "./rules";
import type { Validation } from "./rules";

export interface Phone {
  dialCode: string;
  number: string;
}

export interface PersonalAnswers {
  givenName: string;
  familyName: string;
  email: string;
  phone: Phone | null;
}

export const nameMaxLength = 60;

/** The same rule as the input's pattern attribute, which Chromium applies. */
export const phonePattern = "[0-9 ]{4,16}";

const phoneRegExp = new RegExp(`^(?:${phonePattern})$`);

// The HTML standard's rule for type=email, plus a dot in the domain, since
// a business address always has one.
const emailLocalPart = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+";
const emailDomainLabel = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
const emailRegExp = new RegExp(
  `^${emailLocalPart}@${emailDomainLabel}(?:\\.${emailDomainLabel})+$`,
);

export function validatePersonal(
  values: URLSearchParams,
): Validation<PersonalAnswers> {
  const errors: FieldError[] = [];
  const givenName = checkText(values, errors, {
    field: "attendee_given_name",
    maxLength: nameMaxLength,
    missing: "Enter your given name",
    tooLong: `Given name must be ${nameMaxLength} characters or fewer`,
  });
  const familyName = checkText(values, errors, {
    field: "attendee_family_name",
    maxLength: nameMaxLength,
    missing: "Enter your family name",
    tooLong: `Family name must be ${nameMaxLength} characters or fewer`,
  });
  const email = checkEmail(values, errors);
  const phone = checkPhone(values, errors);

  if (errors.length > 0) return { ok: false, errors };

  return { ok: true, value: { givenName, familyName, email, phone } };
}

function checkEmail(values: URLSearchParams, errors: FieldError[]): string {
  const email = readText(values, "attendee_email");
  if (email === "") {
    errors.push({
      field: "attendee_email",
      message: "Enter your business e-mail address",
    });
  } else if (email.length > 254 || !emailRegExp.test(email)) {
    errors.push({
      field: "attendee_email",
      message: "Enter a valid business e-mail address",
    });
  }

  return email;
}

function checkPhone(
  values: URLSearchParams,
  errors: FieldError[],
): Phone | null {
  const dialCode = readText(values, "phone_cc");
  const rawNumber = values.get("phone_number") ?? "";
  const number = rawNumber.trim();

  if (dialCode !== "" && !isDialCode(dialCode)) {
    errors.push({ field: "phone_cc", message: "Select a dialling code" });
  } else if (dialCode === "" && number !== "") {
    errors.push({
      field: "phone_cc",
      message: "Select the country dialling code for your telephone number",
    });
  }

  if (number !== "" && !phoneRegExp.test(rawNumber)) {
    errors.push({
      field: "phone_number",
      message: "Telephone number must be 4 to 16 digits",
    });
  } else if (number === "" && dialCode !== "") {
    errors.push({
      field: "phone_number",
      message: "Enter your telephone number, or clear the dialling code",
    });
  }

  return dialCode === "" && number === "" ? null : { dialCode, number };
}
