import type { FieldErrors, Resolver } from "react-hook-form";
import {
  toFormAnswers,
  toRsvpBody,
  type FormAnswers,
} from "@/lib/rsvp/form-data";
import type * as schemaModule from "@/lib/rsvp/schema";
import type {
  RsvpField,
  RsvpInput,
  RsvpInputSchema,
  RsvpRules,
} from "@/lib/rsvp/schema";
import { toFormBody } from "./form-draft";
import { fieldOrder } from "./rsvp-labels";

type SchemaModule = typeof schemaModule;

let loadingSchema: Promise<SchemaModule> | undefined;

/**
 * Fetches the API's schema, which the invitation's first load leaves out
 * to stay small. The form asks for it as soon as the attendee starts
 * answering, long before they send. A failed fetch is tried again.
 */
export function loadSchema(): Promise<SchemaModule> {
  loadingSchema ??= import("@/lib/rsvp/schema").catch((error: unknown) => {
    loadingSchema = undefined;
    throw error;
  });

  return loadingSchema;
}

/** Starts fetching the schema; a failure shows when the form is sent. */
export function prefetchSchema(): void {
  loadSchema().catch(() => undefined);
}

/**
 * react-hook-form's resolver for the RSVP form: the API's own schema
 * judges exactly what the form would post. It reads the form element
 * rather than the library's copy of the values because a restored draft
 * and answers typed before the script loaded live in the page. When the
 * schema cannot be fetched (the connection dropped), the form is sent and
 * the server, which checks with the same schema, answers for it.
 */
export function createFormResolver(
  formId: string,
  rules: RsvpRules,
): Resolver<FormAnswers, unknown, RsvpInput> {
  let inputSchema: RsvpInputSchema | undefined;

  return async (values) => {
    const form = document.getElementById(formId);
    const answers =
      form instanceof HTMLFormElement
        ? toFormAnswers(toFormBody(form))
        : values;
    const schema = await loadSchema().catch(() => null);
    if (!schema) return { values: {}, errors: {} };

    inputSchema ??= schema.createRsvpInputSchema(rules);
    const result = inputSchema.safeParse(toRsvpBody(answers));
    if (result.success) return { values: result.data, errors: {} };

    const errors: FieldErrors<FormAnswers> = {};
    const messages = schema.toFieldErrors(result.error);
    for (const field of fieldOrder) {
      const message = messages[field];
      if (message) errors[field] = { type: "validate", message };
    }

    return { values: {}, errors };
  };
}

/** The library's errors as one message per field, for the page to show. */
export function toShownErrors(
  errors: FieldErrors<FormAnswers>,
): Partial<Record<RsvpField, string>> {
  const shown: Partial<Record<RsvpField, string>> = {};
  for (const field of fieldOrder) {
    const message = errors[field]?.message;
    if (typeof message === "string" && message) shown[field] = message;
  }

  return shown;
}
