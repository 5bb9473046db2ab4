"use client";

import { textLimits } from "@/lib/rsvp/form-data";
import type { EventView } from "./event-view";
import { FieldShell } from "./field-shell";
import { useFormState } from "./form-state";
import { dietaryChoices, dietaryLabels, fieldLabels } from "./rsvp-labels";
import { SelectField } from "./select-field";
import { SessionFields } from "./session-fields";
import fieldStyles from "./fields.module.css";
import styles from "./rsvp-form.module.css";

export interface VisitFieldsProps {
  event: EventView;
}

const notesHint =
  "Allergies or anything the caterers should know. Up to 200 characters.";

/**
 * Only for attendees who are coming. The stylesheet hides it when "Can't
 * attend" is chosen, so it works the same without JavaScript.
 */
export function VisitFields({ event }: VisitFieldsProps) {
  const { answers, register } = useFormState();
  const guestCounts = Array.from(
    { length: event.maxGuests + 1 },
    (_, count) => count,
  );

  return (
    <section
      className={`${styles.section} ${styles.visit}`}
      aria-labelledby="visit-heading"
    >
      <h3 id="visit-heading" className={styles.sectionTitle}>
        Your visit
      </h3>
      {event.maxGuests > 0 && (
        <SelectField
          field="guests"
          hint={`You can bring up to ${event.maxGuests}.`}
        >
          {guestCounts.map((count) => (
            <option key={count} value={count}>
              {count === 0 ? "No guests" : count}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField field="dietary">
        {dietaryChoices.map((option) => (
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
            defaultValue={answers.dietaryNotes}
            maxLength={textLimits.dietaryNotes}
            rows={3}
            className={`${fieldStyles.control} ${fieldStyles.textarea}`}
          />
        )}
      </FieldShell>
      {event.sessions.length > 0 && <SessionFields event={event} />}
    </section>
  );
}
