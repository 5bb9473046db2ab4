import { getCountryName } from "@/lib/rsvp/countries";
import type { EventView } from "./event-view";
import { attendanceLabels, dietaryLabels, fieldLabels } from "./rsvp-labels";
import type { RsvpAnswers } from "./rsvp-status-view";

export interface AnswerRow {
  label: string;
  value: string;
}

/** The answers as lines a person reads; empty optional answers are left out. */
export function toAnswerRows(
  answers: RsvpAnswers,
  event: EventView,
): AnswerRow[] {
  const isAttending = answers.attendance === "attending";
  const rows: (AnswerRow | false)[] = [
    { label: "Name", value: `${answers.firstName} ${answers.lastName}` },
    { label: fieldLabels.email, value: answers.email },
    toOptionalRow(fieldLabels.phone, answers.phone),
    { label: fieldLabels.company, value: answers.company },
    toOptionalRow(fieldLabels.jobTitle, answers.jobTitle),
    {
      label: fieldLabels.country,
      value: getCountryName(answers.country) ?? answers.country,
    },
    { label: "Attendance", value: attendanceLabels[answers.attendance] },
    isAttending &&
      event.maxGuests > 0 && {
        label: fieldLabels.guests,
        value: answers.guests ? String(answers.guests) : "None",
      },
    isAttending && {
      label: fieldLabels.dietary,
      value: dietaryLabels[answers.dietary ?? "none"],
    },
    toOptionalRow(fieldLabels.dietaryNotes, answers.dietaryNotes),
    isAttending &&
      event.sessions.length > 0 && {
        label: fieldLabels.sessions,
        value: toSessionTitles(answers.sessions ?? [], event),
      },
    {
      label: "News from the organiser",
      value: answers.marketingOptIn ? "Yes, please" : "No, thanks",
    },
  ];

  return rows.filter((row): row is AnswerRow => row !== false);
}

function toOptionalRow(label: string, value: string | undefined) {
  return value ? { label, value } : false;
}

function toSessionTitles(ids: string[], event: EventView): string {
  const titles = event.sessions
    .filter((session) => ids.includes(session.id))
    .map((session) => session.title);

  return titles.length > 0 ? titles.join(", ") : "None chosen";
}
