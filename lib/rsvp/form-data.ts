import type { RsvpInput } from "./schema";

/**
 * The RSVP form as a browser posts it (application/x-www-form-urlencoded)
 * and as the invitation page shows it again. Everything is kept as the
 * attendee typed it; the shared schema judges it afterwards. Safe to
 * import in the browser: the form's fields read their limits here.
 */
export interface FormAnswers {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
  jobTitle: string;
  country: string;
  attendance: string;
  guests: string;
  dietary: string;
  dietaryNotes: string;
  sessions: string[];
  consent: boolean;
  marketingOptIn: boolean;
}

/** The longest answer each text input takes; the schema allows the same. */
export const textLimits = {
  firstName: 60,
  lastName: 60,
  email: 254,
  phone: 20,
  company: 120,
  jobTitle: 120,
  dietaryNotes: 200,
} as const;

export const emptyAnswers: FormAnswers = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  company: "",
  jobTitle: "",
  country: "",
  attendance: "",
  guests: "0",
  dietary: "none",
  dietaryNotes: "",
  sessions: [],
  consent: false,
  marketingOptIn: false,
};

const choiceLimit = 40;
const maxSessions = 20;

/**
 * Reads a posted form. Over-long values are cut one character past their
 * limit: enough for the schema to say "too long", small enough to echo
 * back to the page in a cookie.
 */
export function toFormAnswers(form: URLSearchParams): FormAnswers {
  const text = (name: keyof typeof textLimits) =>
    (form.get(name) ?? "").slice(0, textLimits[name] + 1);
  const choice = (name: string, fallback = "") =>
    (form.get(name) ?? fallback).slice(0, choiceLimit);

  return {
    firstName: text("firstName"),
    lastName: text("lastName"),
    email: text("email"),
    phone: text("phone"),
    company: text("company"),
    jobTitle: text("jobTitle"),
    country: choice("country"),
    attendance: choice("attendance"),
    guests: choice("guests", "0"),
    dietary: choice("dietary", "none"),
    dietaryNotes: text("dietaryNotes"),
    sessions: form
      .getAll("sessions")
      .slice(0, maxSessions)
      .map((id) => id.slice(0, choiceLimit)),
    consent: form.has("consent"),
    marketingOptIn: form.has("marketingOptIn"),
  };
}

/**
 * The answers in the shape of POST /api/rsvp. Someone who cannot come
 * brings no guests and joins no sessions, whatever the hidden part of the
 * form still holds.
 */
export function toRsvpBody(answers: FormAnswers): Record<string, unknown> {
  const body: Record<string, unknown> = {
    firstName: answers.firstName,
    lastName: answers.lastName,
    email: answers.email,
    phone: answers.phone,
    company: answers.company,
    jobTitle: answers.jobTitle,
    country: answers.country,
    marketingOptIn: answers.marketingOptIn,
  };
  if (answers.attendance) body.attendance = answers.attendance;
  if (answers.consent) body.consent = true;
  if (answers.attendance === "declined") return { ...body, guests: 0 };

  body.guests = /^\d{1,3}$/.test(answers.guests)
    ? Number(answers.guests)
    : answers.guests;
  if (answers.dietary) body.dietary = answers.dietary;
  body.dietaryNotes = answers.dietaryNotes;
  body.sessions = answers.sessions;

  return body;
}

/** The stored answers of an RSVP, back in the form's shape. */
export function fromRsvpInput(input: RsvpInput): FormAnswers {
  return {
    ...emptyAnswers,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone ?? "",
    company: input.company,
    jobTitle: input.jobTitle ?? "",
    country: input.country,
    attendance: input.attendance,
    guests: String(input.guests),
    dietary: input.dietary ?? "none",
    dietaryNotes: input.dietaryNotes ?? "",
    sessions: input.sessions ?? [],
    consent: input.consent,
    marketingOptIn: input.marketingOptIn,
  };
}

/** The answers as the form posts them: for hidden inputs that send again. */
export function toFormEntries(answers: FormAnswers): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(answers)) {
    if (Array.isArray(value)) {
      for (const item of value) entries.push([name, String(item)]);
    } else if (typeof value === "boolean") {
      if (value) entries.push([name, "yes"]);
    } else {
      entries.push([name, String(value)]);
    }
  }

  return entries;
}
