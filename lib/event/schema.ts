import { z } from "zod";

const offsetDateTime = z.iso.datetime({ offset: true });

export const eventSessionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "lowercase id, a-z 0-9 -"),
  title: z.string().min(1).max(120),
  startsAt: offsetDateTime,
  endsAt: offsetDateTime,
});

export const eventSchema = z
  .strictObject({
    name: z.string().min(1).max(120),
    summary: z.string().max(600).optional(),
    startsAt: offsetDateTime,
    endsAt: offsetDateTime,
    timezone: z.string().refine(isTimeZone, "an IANA time zone"),
    venue: z.strictObject({
      name: z.string().min(1).max(120),
      address: z.string().min(1).max(240),
    }),
    maxGuests: z.int().min(0).max(10),
    sessions: z.array(eventSessionSchema).max(20),
  })
  .refine((event) => hasUniqueSessionIds(event.sessions), {
    message: "session ids must be unique",
    path: ["sessions"],
  });

export type EventSession = z.infer<typeof eventSessionSchema>;
export type RsvpEvent = z.infer<typeof eventSchema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function hasUniqueSessionIds(sessions: EventSession[]): boolean {
  return (
    new Set(sessions.map((session) => session.id)).size === sessions.length
  );
}
