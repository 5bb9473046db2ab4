import { z } from "zod";
import { ApiError } from "../http/api-error";
import { getLogger } from "../log";
import { rsvpStatuses, type RsvpStatus } from "../rsvp/status";
import type { RsvpSession, SessionStore } from "../store/types";
import { advanceCursor, decodeCursor, encodeCursor } from "./cursor";
import type { ListCursor } from "./cursor";
import {
  toEffectiveStatus,
  toSubmissionItem,
  type SubmissionItem,
} from "./submission-view";

/** Records read per request at most, so a rare status cannot stall one. */
const maxScanned = 500;

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const submissionsQuerySchema = z.strictObject({
  status: z.preprocess(
    emptyAsUndefined,
    z.enum(rsvpStatuses, `one of ${rsvpStatuses.join(", ")}`).optional(),
  ),
  limit: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number("a whole number from 1 to 100")
      .int("a whole number from 1 to 100")
      .min(1, "a whole number from 1 to 100")
      .max(100, "a whole number from 1 to 100")
      .default(25),
  ),
  cursor: z.preprocess(emptyAsUndefined, z.string().max(4_096).optional()),
});

export type SubmissionsQuery = z.infer<typeof submissionsQuerySchema>;

export interface SubmissionsPage {
  items: SubmissionItem[];
  /** Null when the listing is complete; else pass it back for more. */
  nextCursor: string | null;
}

/**
 * RSVPs newest first, from the store every instance shares. With a
 * status filter a page may hold fewer than `limit` items and still have
 * a next cursor: at most `maxScanned` records are read per page.
 */
export async function listSubmissions(
  store: SessionStore,
  query: SubmissionsQuery,
): Promise<SubmissionsPage> {
  const page = await scanRsvps(store, {
    cursor: query.cursor ? parseCursor(query.cursor) : null,
    limit: query.limit,
    status: query.status,
  });

  return {
    items: page.sessions.map(toSubmissionItem),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}

/** One page of records from the index, after `cursor`, newest first. */
export async function scanRsvps(
  store: SessionStore,
  options: {
    cursor: ListCursor | null;
    limit: number;
    status: RsvpStatus | undefined;
  },
): Promise<{ sessions: RsvpSession[]; next: ListCursor | null }> {
  const { limit, status } = options;
  let cursor = options.cursor;
  const sessions: RsvpSession[] = [];
  let scanned = 0;
  for (;;) {
    const wanted = limit - sessions.length;
    // Filtering drops most records: read in larger bites.
    const size = status ? Math.max(wanted, 100) : wanted;
    const batch = await readBatch(store, cursor, size);
    for (const [index, { entry, session }] of batch.entries.entries()) {
      cursor = advanceCursor(cursor, entry);
      scanned += 1;
      if (session && isWanted(session, status)) sessions.push(session);
      const isLast = batch.isEnd && index === batch.entries.length - 1;
      if (sessions.length === limit) {
        return { sessions, next: isLast ? null : cursor };
      }
    }
    if (batch.isEnd || !cursor) return { sessions, next: null };
    if (scanned >= maxScanned) return { sessions, next: cursor };
  }
}

/** The next ids after the cursor, with their records (null if gone). */
async function readBatch(
  store: SessionStore,
  cursor: ListCursor | null,
  wanted: number,
) {
  const seen = cursor?.seen ?? [];
  const limit = wanted + seen.length;
  const listed = await store.listRsvpIds({
    limit,
    ...(cursor ? { before: cursor.beforeMs + 1 } : {}),
  });
  const fresh = listed.filter(
    (entry) =>
      !(entry.createdAtMs === cursor?.beforeMs && seen.includes(entry.id)),
  );
  const sessions = await Promise.all(
    fresh.map((entry) => store.getRsvp(entry.id).catch(skipUnreadable(entry))),
  );

  return {
    entries: fresh.map((entry, index) => ({
      entry,
      session: sessions[index] ?? null,
    })),
    isEnd: listed.length < limit,
  };
}

/** One unreadable record must not hide every other from staff. */
function skipUnreadable(entry: { id: string }) {
  return (error: unknown) => {
    getLogger().warn({ rsvpId: entry.id, err: error }, "RSVP left out");
    return null;
  };
}

function isWanted(session: RsvpSession, status: RsvpStatus | undefined) {
  return status === undefined || toEffectiveStatus(session) === status;
}

function parseCursor(text: string): ListCursor {
  const cursor = decodeCursor(text);
  if (cursor) return cursor;

  throw new ApiError("validation_failed", "The cursor is not valid", {
    fields: { cursor: "Pass back a nextCursor from this listing" },
  });
}
