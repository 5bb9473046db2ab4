import { describe, expect, it } from "vitest";
import { createRsvpInputSchema, toFieldErrors } from "./schema";

const schema = createRsvpInputSchema({
  maxGuests: 2,
  sessionIds: ["keynote", "video-ai", "access-control"],
});

const valid = {
  firstName: "Mei",
  lastName: "Chen",
  email: "mei.chen@example.com",
  phone: "+86 21 5555 0101",
  company: "Lumen Integrators",
  jobTitle: "Solutions architect",
  country: "CN",
  attendance: "attending",
  guests: 1,
  dietary: "vegetarian",
  dietaryNotes: "No peanuts",
  sessions: ["keynote", "video-ai"],
  consent: true,
  marketingOptIn: true,
};

/** The message each field gets when `value` replaces the valid answer. */
function messageFor(field: string, value: unknown): string | undefined {
  const result = schema.safeParse({ ...valid, [field]: value });
  if (result.success) return undefined;

  return toFieldErrors(result.error)[field];
}

describe("RSVP input schema", () => {
  it("accepts a complete answer and trims its text", () => {
    const result = schema.parse({ ...valid, firstName: "  Mei  " });

    expect(result).toEqual({ ...valid, firstName: "Mei" });
  });

  it("accepts the smallest answer and fills the defaults", () => {
    const result = schema.parse({
      firstName: "Олег",
      lastName: "Иванов",
      email: "oleg@example.ru",
      company: "Sever",
      country: "RU",
      attendance: "declined",
      consent: true,
    });

    expect(result).toEqual({
      firstName: "Олег",
      lastName: "Иванов",
      email: "oleg@example.ru",
      company: "Sever",
      country: "RU",
      attendance: "declined",
      consent: true,
      guests: 0,
      marketingOptIn: false,
    });
  });

  it("treats blank optional text as not given", () => {
    const result = schema.parse({
      ...valid,
      phone: "   ",
      jobTitle: "",
      dietaryNotes: " ",
    });

    expect(result.phone).toBeUndefined();
    expect(result.jobTitle).toBeUndefined();
    expect(result.dietaryNotes).toBeUndefined();
  });

  it.each([
    ["firstName", "", "Enter your first name"],
    ["firstName", "   ", "Enter your first name"],
    ["firstName", 42, "Enter your first name"],
    [
      "firstName",
      "x".repeat(61),
      "Your first name must be 60 characters or fewer",
    ],
    ["lastName", undefined, "Enter your last name"],
    [
      "lastName",
      "x".repeat(61),
      "Your last name must be 60 characters or fewer",
    ],
    ["email", "mei@", "Enter a valid email address, like name@example.com"],
    ["email", "", "Enter a valid email address, like name@example.com"],
    ["email", null, "Enter your email address"],
    [
      "email",
      `${"a".repeat(250)}@example.com`,
      "Email addresses are 254 characters or fewer",
    ],
    [
      "phone",
      "12",
      "Enter a phone number of 6 to 20 digits, spaces, +, -, ( or )",
    ],
    [
      "phone",
      "+1 555 CALL ME",
      "Enter a phone number of 6 to 20 digits, spaces, +, -, ( or )",
    ],
    ["company", "", "Enter your company"],
    [
      "company",
      "x".repeat(121),
      "Your company must be 120 characters or fewer",
    ],
    ["jobTitle", "x".repeat(121), "Job titles are 120 characters or fewer"],
    ["country", "China", "Select your country"],
    ["country", "", "Select your country"],
    ["country", "XX", "Select your country"],
    ["attendance", "maybe", "Tell us whether you will attend"],
    ["attendance", undefined, "Tell us whether you will attend"],
    ["guests", 3, "You can bring up to 2 guests"],
    ["guests", -1, "Choose a number of guests"],
    ["guests", 1.5, "Choose a number of guests"],
    ["guests", "1", "Choose a number of guests"],
    ["dietary", "carnivore", "Choose a dietary option"],
    ["dietaryNotes", "x".repeat(201), "Keep dietary notes to 200 characters"],
    ["sessions", ["keynote", "keynote"], "Choose each session once"],
    ["sessions", ["golf"], "Choose sessions from the list"],
    ["sessions", "keynote", "Choose sessions from the list"],
    ["consent", false, "Agree to be registered to continue"],
    ["consent", "yes", "Agree to be registered to continue"],
    ["consent", undefined, "Agree to be registered to continue"],
    ["marketingOptIn", "yes", "Answer yes or no"],
  ])("refuses %s = %j with %j", (field, value, message) => {
    expect(messageFor(field, value)).toBe(message);
  });

  it("refuses keys it does not know, naming each", () => {
    const result = schema.safeParse({ ...valid, isAdmin: true, notes: "x" });

    expect(result.success).toBe(false);
    expect(result.error && toFieldErrors(result.error)).toEqual({
      isAdmin: "Unknown field",
      notes: "Unknown field",
    });
  });

  it("gives one message per field, the first one found", () => {
    const result = schema.safeParse({ ...valid, firstName: 1, email: "x" });

    expect(result.error && toFieldErrors(result.error)).toEqual({
      firstName: "Enter your first name",
      email: "Enter a valid email address, like name@example.com",
    });
  });

  it("follows the event's rules", () => {
    const noGuests = createRsvpInputSchema({ maxGuests: 0, sessionIds: [] });

    expect(noGuests.safeParse({ ...valid, sessions: [] }).success).toBe(false);
    expect(
      noGuests.safeParse({ ...valid, guests: 0, sessions: [] }).success,
    ).toBe(true);
  });
});
