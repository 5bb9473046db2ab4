import { z } from "zod";
import { rsvpStatuses } from "../rsvp/status";
import { StoreDataError } from "./store-errors";
import type { RsvpSession } from "./types";

/**
 * The fields the store itself relies on. The answers are not re-checked
 * here: their schema depends on the event, and they were validated when
 * the RSVP was created.
 */
const storedSessionSchema = z.looseObject({
  id: z.string(),
  version: z.number().int().nonnegative(),
  status: z.enum(rsvpStatuses),
  createdAt: z.iso.datetime(),
  input: z.record(z.string(), z.unknown()),
  history: z.array(z.unknown()),
});

/** Reads a record written by `toStoredSession`; throws on anything else. */
export function parseStoredSession(text: string, id: string): RsvpSession {
  const parsed = storedSessionSchema.safeParse(parseJson(text));
  if (!parsed.success || parsed.data.id !== id) {
    throw new StoreDataError(`The stored record of RSVP ${id} is not valid`);
  }

  return parsed.data as unknown as RsvpSession;
}

export function toStoredSession(session: RsvpSession): string {
  return JSON.stringify(session);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
