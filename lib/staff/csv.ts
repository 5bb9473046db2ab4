export type CsvValue = string | number | boolean | null | undefined;

/**
 * A spreadsheet-safe CSV (RFC 4180: CRLF lines, quoted where needed),
 * with a UTF-8 byte-order mark so Excel reads names in any script.
 */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(toCsvCell).join(","));

  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * One cell. Text that a spreadsheet would run as a formula (it starts
 * with = + - @, a tab or a carriage return) gets a leading apostrophe, so
 * an attendee's answer is shown, never executed.
 */
export function toCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);

  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
