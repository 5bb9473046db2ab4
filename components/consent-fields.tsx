"use client";

import { FieldError, RequiredMark } from "./field-shell";
import { useFormState } from "./form-state";
import { toFieldId } from "./rsvp-labels";
import fieldStyles from "./fields.module.css";
import styles from "./rsvp-form.module.css";

export function ConsentFields() {
  const { answers, errors, register } = useFormState();
  const error = errors.consent;
  const consentId = toFieldId("consent");
  const marketingId = toFieldId("marketingOptIn");

  return (
    <section className={styles.section} aria-labelledby="consent-heading">
      <h3 id="consent-heading" className={styles.sectionTitle}>
        Before you send
      </h3>
      <div className={styles.stack}>
        <div className={error ? fieldStyles.invalid : undefined}>
          <FieldError id={`${consentId}-error`} message={error} />
          <div className={fieldStyles.choice}>
            <input
              {...register("consent")}
              id={consentId}
              type="checkbox"
              value="yes"
              defaultChecked={answers.consent}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${consentId}-error` : undefined}
              aria-required
              className={fieldStyles.tick}
            />
            <label htmlFor={consentId} className={fieldStyles.choiceLabel}>
              I agree that the organiser&apos;s registration site may be filled
              in on my behalf with these answers
              <RequiredMark />
            </label>
          </div>
        </div>
        <div className={fieldStyles.choice}>
          <input
            {...register("marketingOptIn")}
            id={marketingId}
            type="checkbox"
            value="yes"
            defaultChecked={answers.marketingOptIn}
            className={fieldStyles.tick}
          />
          <label htmlFor={marketingId} className={fieldStyles.choiceLabel}>
            Send me news about future events from the organiser
          </label>
        </div>
      </div>
    </section>
  );
}
