import { z } from "zod";

/**
 * Where a listing stopped: the creation time of the last RSVP read, and
 * the ids read with that same time, so RSVPs created in the same
 * millisecond are neither skipped nor shown twice across pages.
 */
export interface ListCursor {
  beforeMs: number;
  seen: string[];
}

const cursorSchema = z.strictObject({
  t: z.number().int().nonnegative(),
  s: z.array(z.string().max(64)).max(1_000),
});

/** Opaque to clients: URL-safe base64 of a small JSON object. */
export function encodeCursor(cursor: ListCursor): string {
  const json = JSON.stringify({ t: cursor.beforeMs, s: cursor.seen });
  return Buffer.from(json, "utf8").toString("base64url");
}

/** The cursor, or null when the text is not one this service made. */
export function decodeCursor(text: string): ListCursor | null {
  try {
    const json: unknown = JSON.parse(
      Buffer.from(text, "base64url").toString("utf8"),
    );
    const parsed = cursorSchema.safeParse(json);
    return parsed.success
      ? { beforeMs: parsed.data.t, seen: parsed.data.s }
      : null;
  } catch {
    return null;
  }
}

/** Moves the cursor past one RSVP of the listing. */
export function advanceCursor(
  cursor: ListCursor | null,
  entry: { id: string; createdAtMs: number },
): ListCursor {
  if (cursor?.beforeMs === entry.createdAtMs) {
    return { beforeMs: entry.createdAtMs, seen: [...cursor.seen, entry.id] };
  }

  return { beforeMs: entry.createdAtMs, seen: [entry.id] };
}
