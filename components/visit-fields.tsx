"use client";

import { useFormContext } from "react-hook-form";
import { dietaryOptions, type RsvpFormValues } from "@/lib/rsvp/schema";
import type { EventView } from "./event-view";
import { FieldShell } from "./field-shell";
import { dietaryLabels, fieldLabels } from "./rsvp-labels";
import { SelectField } from "./select-field";
import { SessionFields } from "./session-fields";
import fieldStyles from "./fields.module.css";
import styles from "./rsvp-form.module.css";

export interface VisitFieldsProps {
  event: EventView;
}

/** Only asked of attendees who are coming. */
const notesHint =
  "Allergies or anything the caterers should know. Up to 200 characters.";

export function VisitFields({ event }: VisitFieldsProps) {
  const { register } = useFormContext<RsvpFormValues>();
  const guestCounts = Array.from(
    { length: event.maxGuests + 1 },
    (_, count) => count,
  );

  return (
    <section className={styles.section} aria-labelledby="visit-heading">
      <h3 id="visit-heading" className={styles.sectionTitle}>
        Your visit
      </h3>
      {event.maxGuests > 0 && (
        <SelectField
          field="guests"
          hint={`You can bring up to ${event.maxGuests}.`}
          isNumber
        >
          {guestCounts.map((count) => (
            <option key={count} value={count}>
              {count === 0 ? "No guests" : count}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField field="dietary">
        {dietaryOptions.map((option) => (
          <option key={option} value={option}>
            {dietaryLabels[option]}
          </option>
        ))}
      </SelectField>
      <FieldShell
        field="dietaryNotes"
        label={fieldLabels.dietaryNotes}
        hint={notesHint}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            {...register("dietaryNotes")}
            rows={3}
            className={`${fieldStyles.control} ${fieldStyles.textarea}`}
          />
        )}
      </FieldShell>
      {event.sessions.length > 0 && <SessionFields event={event} />}
    </section>
  );
}
