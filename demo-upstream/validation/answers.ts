import type { RegistrationDetails } from "../registrations";
import type { Session } from "../session-store";
import type { StepId } from "../steps";
import { validateAttendance } from "./attendance";
import type { AttendanceAnswers } from "./attendance";
import { validateCompany } from "./company";
import type { CompanyAnswers } from "./company";
import { validatePersonal } from "./personal";
import type { PersonalAnswers } from "./personal";
import type { Validation } from "./rules";

/** Everything an attendee has answered, once all three steps pass. */
export interface Answers {
  personal: PersonalAnswers;
  company: CompanyAnswers;
  attendance: AttendanceAnswers;
}

export type AnswersCheck =
  | { complete: true; answers: Answers }
  | { complete: false; firstIncomplete: StepId };

/** Validates every saved step again; the first that fails is named. */
export function checkAnswers(steps: Session["steps"]): AnswersCheck {
  const personal = validateSaved(steps.personal, validatePersonal);
  if (personal === undefined) {
    return { complete: false, firstIncomplete: "personal" };
  }

  const company = validateSaved(steps.company, validateCompany);
  if (company === undefined) {
    return { complete: false, firstIncomplete: "company" };
  }

  const attendance = validateSaved(steps.attendance, validateAttendance);
  if (attendance === undefined) {
    return { complete: false, firstIncomplete: "attendance" };
  }

  return { complete: true, answers: { personal, company, attendance } };
}

export function toRegistrationDetails(answers: Answers): RegistrationDetails {
  const { personal, company, attendance } = answers;
  const phone = personal.phone;

  return {
    email: personal.email,
    firstName: personal.givenName,
    lastName: personal.familyName,
    phone: phone === null ? null : `${phone.dialCode} ${phone.number}`,
    company: company.company,
    jobTitle: company.jobTitle,
    country: company.country.name,
    attendance: attendance.response,
    guests: attendance.guests,
    sessions: attendance.tracks,
    dietary: attendance.meal,
    dietaryNotes: attendance.mealNotes,
    consent: true,
    marketingOptIn: attendance.newsOptIn,
  };
}

function validateSaved<T>(
  saved: string | undefined,
  validate: (values: URLSearchParams) => Validation<T>,
): T | undefined {
  if (saved === undefined) return undefined;

  const result = validate(new URLSearchParams(saved));

  return result.ok ? result.value : undefined;
}
