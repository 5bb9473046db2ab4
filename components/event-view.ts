import { toGoogleCalendarUrl } from "@/lib/event/ics";
import type { RsvpEvent } from "@/lib/event/schema";

/**
 * The event as the pages show it: dates and times already written out in
 * the event's own time zone. Formatting happens once on the server, so a
 * browser with another time zone or ICU version cannot disagree with it
 * while hydrating. Built on the server only.
 */
export interface EventView {
  name: string;
  summary: string | undefined;
  startsAt: string;
  endsAt: string;
  /** "18 – 19 March 2027" */
  dates: string;
  /** "09:00–18:00" */
  times: string;
  /** "China Standard Time (GMT+8)" */
  timeZoneName: string;
  /** The IANA name, "Asia/Shanghai". */
  timeZone: string;
  venue: { name: string; address: string };
  /** A map search for the venue. */
  mapUrl: string;
  googleCalendarUrl: string;
  maxGuests: number;
  sessions: EventSessionView[];
}

export interface EventSessionView {
  id: string;
  title: string;
  startsAt: string;
  /** "Thu 18 March" */
  day: string;
  /** "09:30–10:30" */
  times: string;
}

const locale = "en-GB";

export function toEventView(event: RsvpEvent): EventView {
  const timeZone = event.timezone;
  const startsAt = new Date(event.startsAt);
  const endsAt = new Date(event.endsAt);
  const sessions = [...event.sessions].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );

  return {
    name: event.name,
    summary: event.summary,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    dates: formatDates({ startsAt, endsAt, timeZone }),
    times: formatTimes({ startsAt, endsAt, timeZone }),
    timeZoneName: formatTimeZoneName(startsAt, timeZone),
    timeZone,
    venue: event.venue,
    mapUrl: toMapUrl(event.venue),
    googleCalendarUrl: toGoogleCalendarUrl(event),
    maxGuests: event.maxGuests,
    sessions: sessions.map((session) => {
      const span = {
        startsAt: new Date(session.startsAt),
        endsAt: new Date(session.endsAt),
        timeZone,
      };
      return {
        id: session.id,
        title: session.title,
        startsAt: session.startsAt,
        day: formatDay(span),
        times: formatTimes(span),
      };
    }),
  };
}

/** Google's documented search link: opens the Maps app on a phone. */
function toMapUrl(venue: RsvpEvent["venue"]): string {
  const query = new URLSearchParams({
    api: "1",
    query: `${venue.name}, ${venue.address}`,
  });

  return `https://www.google.com/maps/search/?${query.toString()}`;
}

interface Span {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

function formatDates({ startsAt, endsAt, timeZone }: Span): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).formatRange(startsAt, endsAt);
}

function formatTimes({ startsAt, endsAt, timeZone }: Span): string {
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });

  return `${time.format(startsAt)}–${time.format(endsAt)}`;
}

function formatDay({ startsAt, timeZone }: Span): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "long",
  }).format(startsAt);
}

function formatTimeZoneName(at: Date, timeZone: string): string {
  const name = getTimeZonePart(at, { timeZone, timeZoneName: "long" });
  const offset = getTimeZonePart(at, { timeZone, timeZoneName: "shortOffset" });
  if (!name) return offset ?? timeZone;
  if (!offset || offset === name) return name;

  return `${name} (${offset})`;
}

function getTimeZonePart(
  at: Date,
  options: Intl.DateTimeFormatOptions,
): string | undefined {
  const parts = new Intl.DateTimeFormat(locale, options).formatToParts(at);

  return parts.find((part) => part.type === "timeZoneName")?.value;
}
