import type { z } from "zod";
import { ApiError } from "../http/api-error";

/**
 * Parses with a zod schema, or throws API.md's validation_failed with a
 * message per field; an unknown key is named as a field of its own.
 */
export function parseOrRefuse<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: { whole: string; unknownKey: string },
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;

  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[key] ??= options.unknownKey;
    } else {
      fields[issue.path.join(".") || options.whole] ??= issue.message;
    }
  }
  const summary = Object.entries(fields)
    .map(([key, message]) => `${key}: ${message}`)
    .join("; ");

  throw new ApiError("validation_failed", summary, { fields });
}
