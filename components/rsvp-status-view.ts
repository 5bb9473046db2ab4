import { z } from "zod";
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
  phone: z.string().optional(),
  company: z.string(),
  jobTitle: z.string().optional(),
  country: z.string(),
  attendance: z.enum(attendanceOptions),
  guests: z.number().optional(),
  dietary: z.enum(dietaryOptions).optional(),
  dietaryNotes: z.string().optional(),
  sessions: z.array(z.string()).optional(),
  consent: z.boolean().optional(),
  marketingOptIn: z.boolean().optional(),
});

const rsvpErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});

export const statusViewSchema = z.object({
  id: z.string(),
  status: z.enum(rsvpStatuses),
  position: z.number().nullable().catch(null),
  previewUrl: z.string().nullable().catch(null),
  confirmation: z
    .object({ number: z.string(), confirmedAt: z.string() })
    .nullable()
    .catch(null),
  error: rsvpErrorSchema.nullable().catch(null),
  expiresAt: z.string().nullable().catch(null),
  answers: answersSchema.nullable().catch(null),
});

export type RsvpAnswers = z.infer<typeof answersSchema>;
export type StatusView = z.infer<typeof statusViewSchema>;
export type ApiError = z.infer<typeof rsvpErrorSchema>;
