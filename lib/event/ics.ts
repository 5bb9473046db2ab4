import { createHash } from "node:crypto";
import type { RsvpEvent } from "./schema";

/**
 * The event as an iCalendar file (RFC 5545) that any calendar imports.
 * Times are written in UTC, so every calendar shows them in its owner's
 * own time zone without a time zone table in the file.
 */
export function toIcs(event: RsvpEvent, now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//RSVP gateway//Invitation//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${toUid(event)}`,
    `DTSTAMP:${toUtcStamp(now)}`,
    `DTSTART:${toUtcStamp(new Date(event.startsAt))}`,
    `DTEND:${toUtcStamp(new Date(event.endsAt))}`,
    `SUMMARY:${escapeText(event.name)}`,
    `LOCATION:${escapeText(`${event.venue.name}, ${event.venue.address}`)}`,
    ...(event.summary ? [`DESCRIPTION:${escapeText(event.summary)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];

  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** A file name for the download: the event's name in plain letters. */
export function toIcsFileName(event: RsvpEvent): string {
  const slug = event.name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();

  return `${slug || "event"}.ics`;
}

/** "20270318T010000Z": the form both iCalendar and Google Calendar take. */
export function toUtcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Stable for one event, so importing twice updates instead of doubling. */
function toUid(event: RsvpEvent): string {
  const hash = createHash("sha256")
    .update(`${event.name}\n${event.startsAt}`)
    .digest("hex")
    .slice(0, 24);

  return `${hash}@rsvp-gateway`;
}

function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/**
 * Lines longer than 75 octets continue on the next line after a space.
 * The cut never falls inside a character that takes several bytes.
 */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);

  return parts.join("\r\n ");
}

/**
 * A link that opens Google Calendar with the event filled in: a plain
 * URL, no script of theirs on our pages.
 */
export function toGoogleCalendarUrl(event: RsvpEvent): string {
  const start = toUtcStamp(new Date(event.startsAt));
  const end = toUtcStamp(new Date(event.endsAt));
  const query = new URLSearchParams({
    action: "TEMPLATE",
    text: event.name,
    dates: `${start}/${end}`,
    details: event.summary ?? "",
    location: `${event.venue.name}, ${event.venue.address}`,
    ctz: event.timezone,
  });

  return `https://calendar.google.com/calendar/render?${query.toString()}`;
}
