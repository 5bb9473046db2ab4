"use client";

import { countries } from "@/lib/rsvp/countries";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";
import styles from "./rsvp-form.module.css";

/** Who the attendee is: what the organiser's site needs to register them. */
export function AboutYouFields() {
  return (
    <section className={styles.section} aria-labelledby="about-you-heading">
      <h3 id="about-you-heading" className={styles.sectionTitle}>
        About you
      </h3>
      <div className={styles.pair}>
        <TextField field="firstName" autoComplete="given-name" isRequired />
        <TextField field="lastName" autoComplete="family-name" isRequired />
      </div>
      <TextField field="email" type="email" autoComplete="email" isRequired />
      <TextField
        field="phone"
        type="tel"
        autoComplete="tel"
        hint={"International format, e.g. +44\u00a020\u00a07946\u00a00958"}
      />
      <TextField field="company" autoComplete="organization" isRequired />
      <TextField field="jobTitle" autoComplete="organization-title" />
      <SelectField field="country" autoComplete="country" isRequired>
        <option value="">Choose your country</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
    </section>
  );
}
