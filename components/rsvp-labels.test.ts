import { describe, expect, it } from "vitest";
import { attendanceOptions, dietaryOptions } from "@/lib/rsvp/schema";
import {
  attendanceChoices,
  dietaryChoices,
  toFieldErrors,
} from "./rsvp-labels";

describe("the form's choices", () => {
  it("are the schema's, in the same order", () => {
    expect(attendanceChoices).toEqual([...attendanceOptions]);
    expect(dietaryChoices).toEqual([...dietaryOptions]);
  });
});

describe("toFieldErrors", () => {
  it("keeps messages of the form's fields only", () => {
    expect(
      toFieldErrors({ email: "Enter a valid email", body: "Unknown field" }),
    ).toEqual({ email: "Enter a valid email" });
  });
});
