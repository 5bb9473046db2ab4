import * as z from "zod/mini";
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

/** Blank text means "not given", as an absent key does. */
const blankToUndefined = z.transform((value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value,
);

const optionalText = (max: number, message: string) =>
  z.pipe(
    blankToUndefined,
    z.optional(z.string(message).check(z.trim(), z.maxLength(max, message))),
  );

const requiredText = (max: number, name: string) =>
  z
    .string(`Enter your ${name}`)
    .check(
      z.trim(),
      z.minLength(1, `Enter your ${name}`),
      z.maxLength(max, `Your ${name} must be ${max} characters or fewer`),
    );

const phoneMessage =
  "Enter a phone number of 6 to 20 digits, spaces, +, -, ( or )";

/**
 * Written with zod's tree-shakable "mini" API: the same schema runs in the
 * browser's form, where every kilobyte is downloaded by a phone.
 */
export function createRsvpInputSchema(rules: RsvpRules) {
  const guestsMessage = `You can bring up to ${rules.maxGuests} guests`;

  return z.strictObject({
    firstName: requiredText(60, "first name"),
    lastName: requiredText(60, "last name"),
    email: z.pipe(
      z
        .string("Enter your email address")
        .check(
          z.trim(),
          z.maxLength(254, "Email addresses are 254 characters or fewer"),
        ),
      z.email("Enter a valid email address, like name@example.com"),
    ),
    phone: z.pipe(
      blankToUndefined,
      z.optional(
        z
          .string(phoneMessage)
          .check(z.trim(), z.regex(/^[+\d\s()-]{6,20}$/, phoneMessage)),
      ),
    ),
    company: requiredText(120, "company"),
    jobTitle: optionalText(120, "Job titles are 120 characters or fewer"),
    country: z
      .string("Select your country")
      .check(z.refine(isCountryCode, "Select your country")),
    attendance: z.enum(attendanceOptions, "Tell us whether you will attend"),
    guests: z._default(
      z
        .int("Choose a number of guests")
        .check(
          z.gte(0, "Choose a number of guests"),
          z.lte(rules.maxGuests, guestsMessage),
        ),
      0,
    ),
    dietary: z.optional(z.enum(dietaryOptions, "Choose a dietary option")),
    dietaryNotes: optionalText(200, "Keep dietary notes to 200 characters"),
    sessions: z.optional(
      z
        .array(
          z
            .string("Choose sessions from the list")
            .check(
              z.refine(
                (id) => rules.sessionIds.includes(id),
                "Choose sessions from the list",
              ),
            ),
          "Choose sessions from the list",
        )
        .check(
          z.refine(
            (ids) => new Set(ids).size === ids.length,
            "Choose each session once",
          ),
        ),
    ),
    consent: z.literal(true, "Agree to be registered to continue"),
    marketingOptIn: z._default(z.boolean("Answer yes or no"), false),
  });
}

export type RsvpInputSchema = ReturnType<typeof createRsvpInputSchema>;
export type RsvpInput = z.output<RsvpInputSchema>;
export type RsvpFormValues = z.input<RsvpInputSchema>;
export type RsvpField = keyof RsvpInput;

/** Turns zod issues into one message per top-level field. */
export function toFieldErrors(error: z.core.$ZodError): Record<string, string> {
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
