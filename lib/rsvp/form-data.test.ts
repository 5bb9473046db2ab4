import { describe, expect, it } from "vitest";
import {
  fromRsvpInput,
  toFormEntries,
  textLimits,
  toFormAnswers,
  toRsvpBody,
} from "./form-data";
import { createRsvpInputSchema } from "./schema";

const schema = createRsvpInputSchema({
  maxGuests: 2,
  sessionIds: ["keynote", "dinner"],
});

const posted = new URLSearchParams([
  ["firstName", "Ana"],
  ["lastName", "Silva"],
  ["email", "ana@example.com"],
  ["phone", ""],
  ["company", "Lisbon Secure Systems"],
  ["jobTitle", ""],
  ["country", "PT"],
  ["attendance", "attending"],
  ["guests", "1"],
  ["dietary", "vegan"],
  ["dietaryNotes", ""],
  ["sessions", "keynote"],
  ["sessions", "dinner"],
  ["consent", "yes"],
]);

describe("toRsvpBody", () => {
  it("turns a complete form into input the shared schema accepts", () => {
    const parsed = schema.parse(toRsvpBody(toFormAnswers(posted)));

    expect(parsed).toMatchObject({
      firstName: "Ana",
      guests: 1,
      sessions: ["keynote", "dinner"],
      consent: true,
      marketingOptIn: false,
    });
    expect(parsed.phone).toBeUndefined();
  });

  it("drops guests, diet and sessions of someone who declined", () => {
    const form = new URLSearchParams(posted);
    form.set("attendance", "declined");

    const body = toRsvpBody(toFormAnswers(form));

    expect(body).toMatchObject({ attendance: "declined", guests: 0 });
    expect(body).not.toHaveProperty("sessions");
    expect(body).not.toHaveProperty("dietary");
  });

  it("leaves missing answers for the schema to name", () => {
    const result = schema.safeParse(
      toRsvpBody(toFormAnswers(new URLSearchParams())),
    );

    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(
      expect.arrayContaining(["firstName", "attendance", "consent"]),
    );
  });
});

describe("toFormAnswers", () => {
  it("keeps an over-long answer one character past its limit", () => {
    const form = new URLSearchParams({ company: "x".repeat(5000) });

    const answers = toFormAnswers(form);

    expect(answers.company).toHaveLength(textLimits.company + 1);
    expect(schema.shape.company.safeParse(answers.company).success).toBe(false);
  });

  it("uses the schema's own limits for free text", () => {
    const freeText = ["firstName", "company", "jobTitle", "dietaryNotes"];
    for (const field of freeText) {
      const limit = textLimits[field as keyof typeof textLimits];
      const check = schema.shape[field as keyof typeof textLimits];

      expect(check.safeParse("a".repeat(limit)).success, field).toBe(true);
      expect(check.safeParse("a".repeat(limit + 1)).success, field).toBe(false);
    }
  });
});

describe("fromRsvpInput", () => {
  it("gives back what the form posted", () => {
    const input = schema.parse(toRsvpBody(toFormAnswers(posted)));

    expect(toRsvpBody(fromRsvpInput(input))).toEqual(
      toRsvpBody(toFormAnswers(posted)),
    );
  });
});

describe("toFormEntries", () => {
  it("posts back exactly the answers it was given", () => {
    const answers = toFormAnswers(posted);

    expect(toFormAnswers(new URLSearchParams(toFormEntries(answers)))).toEqual(
      answers,
    );
  });
});
