import type { FieldErrors, FieldValues } from "react-hook-form";
import type { RsvpField } from "@/lib/rsvp/schema";
import { fieldOrder } from "./rsvp-labels";

export interface FieldProblem {
  field: RsvpField;
  message: string;
}

/**
 * The first message inside a react-hook-form error. An array field (the
 * sessions) keeps its messages per item, so the search goes one level in.
 */
export function getErrorMessage(error: unknown, depth = 0): string | undefined {
  if (typeof error !== "object" || error === null || depth > 2) {
    return undefined;
  }
  if ("message" in error && typeof error.message === "string") {
    if (error.message) return error.message;
  }

  for (const [key, value] of Object.entries(error)) {
    // "ref" holds the DOM element, whose properties lead everywhere.
    if (key === "ref") continue;
    const message = getErrorMessage(value, depth + 1);
    if (message) return message;
  }

  return undefined;
}

/** Every field's message, in the order the fields appear. */
export function collectProblems<T extends FieldValues>(
  errors: FieldErrors<T>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of fieldOrder) {
    const message = getErrorMessage(errors[field]);
    if (message) problems.push({ field, message });
  }

  return problems;
}
