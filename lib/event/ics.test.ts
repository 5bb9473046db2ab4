import { describe, expect, it } from "vitest";
import defaultEvent from "./default-event.json";
import { toGoogleCalendarUrl, toIcs, toIcsFileName, toUtcStamp } from "./ics";
import { eventSchema, type RsvpEvent } from "./schema";

const event = eventSchema.parse(defaultEvent);
const now = new Date("2026-12-03T16:00:00Z");

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n");
}

describe("toIcs", () => {
  it("writes the event's times in UTC", () => {
    const lines = unfold(toIcs(event, now));

    expect(lines).toContain("DTSTART:20270318T010000Z");
    expect(lines).toContain("DTEND:20270319T100000Z");
    expect(lines).toContain("DTSTAMP:20261203T160000Z");
  });

  it("escapes commas, semicolons and new lines in text", () => {
    const tricky: RsvpEvent = {
      ...event,
      name: "Summit; day one, hall\nB",
    };

    expect(unfold(toIcs(tricky, now))).toContain(
      "SUMMARY:Summit\\; day one\\, hall\\nB",
    );
  });

  it("ends lines with CRLF and folds them at 75 octets", () => {
    const long: RsvpEvent = { ...event, summary: "杭州".repeat(80) };
    const ics = toIcs(long, now);

    expect(ics.endsWith("\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(unfold(ics)).toContain(`DESCRIPTION:${"杭州".repeat(80)}`);
  });

  it("keeps the same UID for the same event", () => {
    const uid = (ics: string) => unfold(ics).find((l) => l.startsWith("UID:"));

    expect(uid(toIcs(event, now))).toBe(uid(toIcs(event, new Date())));
  });
});

describe("toIcsFileName", () => {
  it("names the file after the event in plain letters", () => {
    expect(toIcsFileName(event)).toBe("hikvision-partner-summit-2027.ics");
    expect(toIcsFileName({ ...event, name: "年会" })).toBe("event.ics");
  });
});

describe("toUtcStamp", () => {
  it("drops separators and milliseconds", () => {
    expect(toUtcStamp(new Date("2027-03-18T09:00:00.123+08:00"))).toBe(
      "20270318T010000Z",
    );
  });
});

describe("toGoogleCalendarUrl", () => {
  it("fills in the event's name, UTC times, place and time zone", () => {
    const url = new URL(toGoogleCalendarUrl(event));

    expect(url.origin).toBe("https://calendar.google.com");
    expect(url.searchParams.get("text")).toBe(event.name);
    expect(url.searchParams.get("dates")).toBe(
      "20270318T010000Z/20270319T100000Z",
    );
    expect(url.searchParams.get("location")).toContain(event.venue.address);
    expect(url.searchParams.get("ctz")).toBe("Asia/Shanghai");
  });
});
