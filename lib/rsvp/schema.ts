import { z } from "zod";
import { isCountryCode } from "./countries";

/**
 * The RSVP input, shared by the API and the invitation's form post. It is
 * built from the event, because the allowed guests and sessions are the
 * event's. Safe to import in the browser.
 */
export const dietaryOptions = [
  "none",
  "vegetarian",
  "vegan",
  "halal",
  "kosher",
  "gluten_free",
  "other",
] as const;

export const attendanceOptions = ["attending", "declined"] as const;

export interface RsvpRules {
  maxGuests: number;
  sessionIds: readonly string[];
}

/** An absent optional text and an empty one mean the same: not given. */
const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    z.string().trim().max(max, message).optional(),
  );

const requiredText = (max: number, name: string) =>
  z
    .string(`Enter your ${name}`)
    .trim()
    .min(1, `Enter your ${name}`)
    .max(max, `Your ${name} must be ${max} characters or fewer`);

export function createRsvpInputSchema(rules: RsvpRules) {
  return z.strictObject({
    firstName: requiredText(60, "first name"),
    lastName: requiredText(60, "last name"),
    email: z
      .string("Enter your email address")
      .trim()
      .max(254, "Email addresses are 254 characters or fewer")
      .pipe(z.email("Enter a valid email address, like name@example.com")),
    phone: z.preprocess(
      (value) =>
        typeof value === "string" && value.trim() === "" ? undefined : value,
      z
        .string()
        .trim()
        .regex(
          /^[+\d\s()-]{6,20}$/,
          "Enter a phone number of 6 to 20 digits, spaces, +, -, ( or )",
        )
        .optional(),
    ),
    company: requiredText(120, "company"),
    jobTitle: optionalText(120, "Job titles are 120 characters or fewer"),
    country: z
      .string("Select your country")
      .refine(isCountryCode, "Select your country"),
    attendance: z.enum(attendanceOptions, "Tell us whether you will attend"),
    guests: z
      .int("Choose a number of guests")
      .min(0, "Choose a number of guests")
      .max(rules.maxGuests, `You can bring up to ${rules.maxGuests} guests`)
      .default(0),
    dietary: z.enum(dietaryOptions, "Choose a dietary option").optional(),
    dietaryNotes: optionalText(200, "Keep dietary notes to 200 characters"),
    sessions: z
      .array(
        z.string().refine((id) => rules.sessionIds.includes(id), {
          message: "Choose sessions from the list",
        }),
      )
      .refine((ids) => new Set(ids).size === ids.length, {
        message: "Choose each session once",
      })
      .optional(),
    consent: z.literal(true, "Agree to be registered to continue"),
    marketingOptIn: z.boolean("Answer yes or no").default(false),
  });
}

export type RsvpInputSchema = ReturnType<typeof createRsvpInputSchema>;
export type RsvpInput = z.output<RsvpInputSchema>;
export type RsvpFormValues = z.input<RsvpInputSchema>;
export type RsvpField = keyof RsvpInput;

/** Turns zod issues into one message per top-level field. */
export function toFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[key] ??= "Unknown field";
      continue;
    }
    const field = String(issue.path[0] ?? "body");
    fields[field] ??= issue.message;
  }

  return fields;
}
