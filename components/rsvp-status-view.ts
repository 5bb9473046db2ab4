import * as z from "zod/mini";
import { rsvpStatuses } from "@/lib/rsvp/status";
import { attendanceOptions, dietaryOptions } from "@/lib/rsvp/schema";

/**
 * What the status page reads from GET /api/rsvp/{id}, checked on arrival.
 * The answers are only shown, never sent again from here, so a field the
 * page does not know (or a missing one) hides that line instead of
 * breaking the page.
 */
const answersSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  company: z.string(),
  jobTitle: z.optional(z.string()),
  country: z.string(),
  attendance: z.enum(attendanceOptions),
  guests: z.optional(z.number()),
  dietary: z.optional(z.enum(dietaryOptions)),
  dietaryNotes: z.optional(z.string()),
  sessions: z.optional(z.array(z.string())),
  consent: z.optional(z.boolean()),
  marketingOptIn: z.optional(z.boolean()),
});

const rsvpErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.optional(z.record(z.string(), z.string())),
});

/** A part the page can do without reads as absent when it is malformed. */
const orNull = <T extends z.core.SomeType>(schema: T) =>
  z.catch(z.nullable(schema), null);

export const statusViewSchema = z.object({
  id: z.string(),
  status: z.enum(rsvpStatuses),
  position: orNull(z.number()),
  previewUrl: orNull(z.string()),
  confirmation: orNull(
    z.object({ number: z.string(), confirmedAt: z.string() }),
  ),
  error: orNull(rsvpErrorSchema),
  expiresAt: orNull(z.string()),
  answers: orNull(answersSchema),
});

export type RsvpAnswers = z.infer<typeof answersSchema>;
export type StatusView = z.infer<typeof statusViewSchema>;
export type ApiError = z.infer<typeof rsvpErrorSchema>;
