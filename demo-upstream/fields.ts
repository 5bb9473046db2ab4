/** The form's field names, as the third-party site's HTML spells them. */
export const fieldNames = [
  "attendee_given_name",
  "attendee_family_name",
  "attendee_email",
  "phone_cc",
  "phone_number",
  "org_name",
  "org_role",
  "org_country",
  "rsvp_response",
  "party_size",
  "track",
  "meal_pref",
  "meal_notes",
  "consent_terms",
  "news_opt_in",
] as const;

export type FieldName = (typeof fieldNames)[number];

/** The value every checkbox of the site sends when ticked. */
export const checkedValue = "yes";

/** A problem with one submitted field, in words for the attendee. */
export interface FieldError {
  field: FieldName;
  message: string;
}

// What each field is called after a simulated redesign of the site, so that
// tests can check the gateway notices a form that no longer matches its map.
const renamedFields: Record<FieldName, string> = {
  attendee_given_name: "given_name",
  attendee_family_name: "family_name",
  attendee_email: "email_address",
  phone_cc: "phone_country_code",
  phone_number: "telephone",
  org_name: "organisation_name",
  org_role: "job_title",
  org_country: "country_region",
  rsvp_response: "will_attend",
  party_size: "guest_count",
  track: "sessions",
  meal_pref: "dietary_requirement",
  meal_notes: "dietary_notes",
  consent_terms: "accept_terms",
  news_opt_in: "marketing_opt_in",
};

export function isFieldName(value: string): value is FieldName {
  return (fieldNames as readonly string[]).includes(value);
}

/** The name a field takes when the renameField fault is set to it. */
export function getRenamedField(field: FieldName): string {
  return renamedFields[field];
}

/** Translates between the names in the HTML and the site's own names. */
export interface FieldNaming {
  toHtmlName(field: FieldName): string;
  /** The posted form with renamed fields under their own names again. */
  toCanonicalValues(posted: URLSearchParams): URLSearchParams;
}

export function createFieldNaming(renameField: string | null): FieldNaming {
  const renamed =
    renameField !== null && isFieldName(renameField) ? renameField : null;

  return {
    toHtmlName: (field) => (field === renamed ? renamedFields[field] : field),
    toCanonicalValues: (posted) => toCanonicalValues(posted, renamed),
  };
}

function toCanonicalValues(
  posted: URLSearchParams,
  renamed: FieldName | null,
): URLSearchParams {
  if (renamed === null) return posted;

  const htmlName = renamedFields[renamed];
  const values = new URLSearchParams();
  for (const [key, value] of posted) {
    // The redesigned form no longer knows the old name, as a real one would.
    if (key === renamed) continue;
    values.append(key === htmlName ? renamed : key, value);
  }

  return values;
}
