import type { FieldError, FieldName } from "../fields";

/** A step's answers when every field passed, else what to fix. */
export type Validation<T> =
  { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface TextRule {
  field: FieldName;
  /** Matches the input's maxlength attribute, counted in UTF-16 units. */
  maxLength: number;
  /** The message when it is empty; leave out for an optional field. */
  missing?: string;
  tooLong: string;
}

/**
 * The first value sent for a field, trimmed. Browsers send a textarea's
 * line breaks as CRLF but count them as one character for maxlength, so
 * they are turned back into LF before anything counts them.
 */
export function readText(values: URLSearchParams, field: FieldName): string {
  return (values.get(field) ?? "").replace(/\r\n?/g, "\n").trim();
}

/** Reads a text field, adding to `errors` when it breaks the rule. */
export function checkText(
  values: URLSearchParams,
  errors: FieldError[],
  rule: TextRule,
): string {
  const text = readText(values, rule.field);
  if (text === "" && rule.missing !== undefined) {
    errors.push({ field: rule.field, message: rule.missing });
  } else if (text.length > rule.maxLength) {
    errors.push({ field: rule.field, message: rule.tooLong });
  }

  return text;
}
