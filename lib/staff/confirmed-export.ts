import type { RsvpEvent } from "../event/schema";
import { getCountryName } from "../rsvp/countries";
import { getRuntime } from "../rsvp/runtime";
import type { RsvpSession, SessionStore } from "../store/types";
import { toCsv, type CsvValue } from "./csv";
import type { ListCursor } from "./cursor";
import { scanRsvps } from "./submissions";

/** Confirmed RSVPs read per pass over the index. */
const pageSize = 100;

const header = [
  "Confirmation number",
  "Confirmed at (UTC)",
  "First name",
  "Last name",
  "Email",
  "Phone",
  "Company",
  "Job title",
  "Country",
  "Attendance",
  "Guests",
  "Dietary",
  "Dietary notes",
  "Sessions",
  "Marketing opt-in",
  "RSVP id",
];

/** Every confirmed RSVP the store still holds, oldest confirmation first. */
export async function exportConfirmedCsv(): Promise<string> {
  const runtime = await getRuntime();
  const confirmed = await listConfirmed(runtime.store);

  return toCsv(
    header,
    confirmed.map((session) => toRow(session, runtime.event)),
  );
}

export async function listConfirmed(
  store: SessionStore,
): Promise<RsvpSession[]> {
  const confirmed: RsvpSession[] = [];
  let cursor: ListCursor | null = null;
  do {
    const page = await scanRsvps(store, {
      cursor,
      limit: pageSize,
      status: "confirmed",
    });
    confirmed.push(...page.sessions);
    cursor = page.next;
  } while (cursor);

  return confirmed.sort((a, b) =>
    (a.confirmation?.confirmedAt ?? "").localeCompare(
      b.confirmation?.confirmedAt ?? "",
    ),
  );
}

function toRow(session: RsvpSession, event: RsvpEvent): CsvValue[] {
  const { input } = session;
  const titles = event.sessions
    .filter((one) => input.sessions?.includes(one.id))
    .map((one) => one.title);

  return [
    session.confirmation?.number,
    session.confirmation?.confirmedAt,
    input.firstName,
    input.lastName,
    input.email,
    input.phone,
    input.company,
    input.jobTitle,
    getCountryName(input.country) ?? input.country,
    input.attendance,
    input.guests,
    input.dietary,
    input.dietaryNotes,
    titles.join("; "),
    input.marketingOptIn ? "yes" : "no",
    session.id,
  ];
}
