/** One choice of the "Country dialling code" drop-down. */
export interface DialCode {
  /** The option's value, e.g. "+44". Unique across the list. */
  value: string;
  /** Who uses the code; the option reads "United Kingdom (+44)". */
  region: string;
}

// Codes shared by several countries appear once, so that a value names
// exactly one option.
const dialCodeRows: ReadonlyArray<readonly [string, string]> = [
  ["+54", "Argentina"],
  ["+61", "Australia"],
  ["+43", "Austria"],
  ["+973", "Bahrain"],
  ["+880", "Bangladesh"],
  ["+32", "Belgium"],
  ["+55", "Brazil"],
  ["+855", "Cambodia"],
  ["+56", "Chile"],
  ["+86", "China"],
  ["+57", "Colombia"],
  ["+420", "Czechia"],
  ["+45", "Denmark"],
  ["+20", "Egypt"],
  ["+358", "Finland"],
  ["+33", "France"],
  ["+49", "Germany"],
  ["+30", "Greece"],
  ["+852", "Hong Kong"],
  ["+36", "Hungary"],
  ["+91", "India"],
  ["+62", "Indonesia"],
  ["+98", "Iran"],
  ["+353", "Ireland"],
  ["+972", "Israel"],
  ["+39", "Italy"],
  ["+81", "Japan"],
  ["+962", "Jordan"],
  ["+254", "Kenya"],
  ["+965", "Kuwait"],
  ["+961", "Lebanon"],
  ["+853", "Macao"],
  ["+60", "Malaysia"],
  ["+52", "Mexico"],
  ["+212", "Morocco"],
  ["+31", "Netherlands"],
  ["+64", "New Zealand"],
  ["+234", "Nigeria"],
  ["+47", "Norway"],
  ["+968", "Oman"],
  ["+92", "Pakistan"],
  ["+51", "Peru"],
  ["+63", "Philippines"],
  ["+48", "Poland"],
  ["+351", "Portugal"],
  ["+974", "Qatar"],
  ["+40", "Romania"],
  ["+7", "Russia and Kazakhstan"],
  ["+966", "Saudi Arabia"],
  ["+65", "Singapore"],
  ["+27", "South Africa"],
  ["+82", "South Korea"],
  ["+34", "Spain"],
  ["+94", "Sri Lanka"],
  ["+46", "Sweden"],
  ["+41", "Switzerland"],
  ["+886", "Taiwan"],
  ["+66", "Thailand"],
  ["+90", "Türkiye"],
  ["+380", "Ukraine"],
  ["+971", "United Arab Emirates"],
  ["+44", "United Kingdom"],
  ["+1", "United States and Canada"],
  ["+84", "Vietnam"],
];

export const dialCodes: readonly DialCode[] = dialCodeRows.map(
  ([value, region]) => ({ value, region }),
);

const dialCodeValues = new Set(dialCodes.map((code) => code.value));

export function isDialCode(value: string): boolean {
  return dialCodeValues.has(value);
}

export function toDialCodeLabel(code: DialCode): string {
  return `${code.region} (${code.value})`;
}
