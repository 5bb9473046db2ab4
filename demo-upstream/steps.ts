import type { FieldName } from "./fields";

/** The registration's three steps, in the order an attendee meets them. */
export const stepIds = ["personal", "company", "attendance"] as const;

export type StepId = (typeof stepIds)[number];

export const stepPaths: Record<StepId, string> = {
  personal: "/register/personal",
  company: "/register/company",
  attendance: "/register/attendance",
};

export const stepTitles: Record<StepId, string> = {
  personal: "Personal details",
  company: "Company details",
  attendance: "Attendance",
};

export const reviewPath = "/register/review";
export const submitPath = "/register/submit";
export const completePath = "/register/complete";

/** The fields each step's form sends, under the site's own names. */
export const stepFields: Record<StepId, readonly FieldName[]> = {
  personal: [
    "attendee_given_name",
    "attendee_family_name",
    "attendee_email",
    "phone_cc",
    "phone_number",
  ],
  company: ["org_name", "org_role", "org_country"],
  attendance: [
    "rsvp_response",
    "party_size",
    "track",
    "meal_pref",
    "meal_notes",
    "consent_terms",
    "news_opt_in",
  ],
};

/** The step whose form holds a field. */
export function findFieldStep(field: FieldName): StepId {
  return stepIds.find((id) => stepFields[id].includes(field)) ?? "personal";
}
