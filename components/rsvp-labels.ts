import type { RsvpField, RsvpInput } from "@/lib/rsvp/schema";

/** How each input is named to the attendee, in the order the form asks. */
export const fieldLabels: Record<RsvpField, string> = {
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  phone: "Phone",
  company: "Company",
  jobTitle: "Job title",
  country: "Country",
  attendance: "Will you attend?",
  guests: "Guests",
  dietary: "Dietary requirements",
  dietaryNotes: "Dietary notes",
  sessions: "Sessions",
  consent: "Permission to register you",
  marketingOptIn: "News from the organiser",
};

export const fieldOrder = Object.keys(fieldLabels) as RsvpField[];

type Attendance = RsvpInput["attendance"];
type Dietary = NonNullable<RsvpInput["dietary"]>;

// The choices are typed from the schema but listed here, so the page's
// script does not carry the schema library to show them.
export const attendanceLabels: Record<Attendance, string> = {
  attending: "Attending",
  declined: "Can't attend",
};

export const dietaryLabels: Record<Dietary, string> = {
  none: "No special requirements",
  vegetarian: "Vegetarian",
  vegan: "Vegan",
  halal: "Halal",
  kosher: "Kosher",
  gluten_free: "Gluten-free",
  other: "Other",
};

export const attendanceChoices = Object.keys(attendanceLabels) as Attendance[];
export const dietaryChoices = Object.keys(dietaryLabels) as Dietary[];

export function isRsvpField(name: string): name is RsvpField {
  return Object.hasOwn(fieldLabels, name);
}

/**
 * The id of the element that takes focus for a field. A group of radios
 * or checkboxes gives this id to its first option.
 */
export function toFieldId(field: RsvpField): string {
  return `rsvp-${field}`;
}

export function getFieldLabel(name: string): string {
  return isRsvpField(name) ? fieldLabels[name] : name;
}

/** The messages that belong to fields of the form, in the form's order. */
export function toFieldErrors(
  fields: Record<string, string> | undefined,
): Partial<Record<RsvpField, string>> {
  const errors: Partial<Record<RsvpField, string>> = {};
  for (const field of fieldOrder) {
    const message = fields?.[field];
    if (message) errors[field] = message;
  }

  return errors;
}
