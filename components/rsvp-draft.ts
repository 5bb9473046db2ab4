import {
  attendanceOptions,
  dietaryOptions,
  type RsvpFormValues,
} from "@/lib/rsvp/schema";
import type { EventView } from "./event-view";

/**
 * The attendee's unsent answers live in this browser only, so a reload,
 * "Edit answers" or an expired preview never makes them type again.
 * Storage can be full or switched off (private windows); then the form
 * simply works without a draft.
 */
const draftKey = "rsvp-draft";
const fieldErrorsKey = "rsvp-field-errors";

export type RsvpDraft = Partial<RsvpFormValues>;

export function readDraft(event: EventView): RsvpDraft {
  const raw = readJson(() => window.localStorage.getItem(draftKey));

  return toDraft(raw, event);
}

export function saveDraft(values: unknown): void {
  writeStorage(() =>
    window.localStorage.setItem(draftKey, JSON.stringify(values)),
  );
}

export function clearDraft(): void {
  writeStorage(() => window.localStorage.removeItem(draftKey));
}

/** Field messages from a refused registration, for the form to show. */
export function saveFieldErrors(fields: Record<string, string>): void {
  writeStorage(() =>
    window.sessionStorage.setItem(fieldErrorsKey, JSON.stringify(fields)),
  );
}

/** Reads the saved field messages once: they belong to one visit. */
export function takeFieldErrors(): Record<string, string> {
  const raw = readJson(() => window.sessionStorage.getItem(fieldErrorsKey));
  writeStorage(() => window.sessionStorage.removeItem(fieldErrorsKey));
  if (!isRecord(raw)) return {};

  return Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

const textFields = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "company",
  "jobTitle",
  "country",
  "dietaryNotes",
] as const;

/** Keeps only values the current event's form can take. */
function toDraft(raw: unknown, event: EventView): RsvpDraft {
  if (!isRecord(raw)) return {};

  const draft: RsvpDraft = {};
  for (const field of textFields) {
    const value = raw[field];
    if (typeof value === "string") draft[field] = value;
  }
  const attendance = attendanceOptions.find((o) => o === raw.attendance);
  if (attendance) draft.attendance = attendance;
  const dietary = dietaryOptions.find((o) => o === raw.dietary);
  if (dietary) draft.dietary = dietary;
  if (isGuestCount(raw.guests, event.maxGuests)) draft.guests = raw.guests;
  if (Array.isArray(raw.sessions)) {
    const known = new Set(event.sessions.map((session) => session.id));
    draft.sessions = raw.sessions.filter(
      (id): id is string => typeof id === "string" && known.has(id),
    );
  }
  if (raw.consent === true) draft.consent = true;
  if (typeof raw.marketingOptIn === "boolean") {
    draft.marketingOptIn = raw.marketingOptIn;
  }

  return draft;
}

function isGuestCount(value: unknown, max: number): value is number {
  return Number.isInteger(value) && Number(value) >= 0 && Number(value) <= max;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readJson(read: () => string | null): unknown {
  try {
    const text = read();
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function writeStorage(write: () => void): void {
  try {
    write();
  } catch {
    // Storage is full or blocked; the answers stay in the form itself.
  }
}
