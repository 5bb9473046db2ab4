import { randomBytes } from "node:crypto";
import type { RsvpSession, SessionStore } from "../store/types";
import type { RsvpInput } from "./schema";
import { isFinalStatus, type RsvpStatus } from "./status";

/** Finished RSVPs stay readable (for the attendee and staff) this long. */
export const retentionSeconds = 7 * 24 * 3600;
/** An expired RSVP still answers "expired", rather than 404, this long. */
const expiredGraceSeconds = 3600;

export type SessionChange = Partial<
  Pick<
    RsvpSession,
    | "status"
    | "position"
    | "instance"
    | "error"
    | "confirmation"
    | "hasPreview"
    | "submitAttempt"
  >
>;

/** A new RSVP id: 128 random bits, URL-safe. */
export function createRsvpId(): string {
  return randomBytes(16).toString("base64url");
}

export function isRsvpId(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}

export function createSession(options: {
  id: string;
  input: RsvpInput;
  instance: string;
  position: number;
  ttlSeconds: number;
}): RsvpSession {
  const now = new Date();
  const at = now.toISOString();

  return {
    id: options.id,
    version: 1,
    status: "queued",
    input: options.input,
    createdAt: at,
    updatedAt: at,
    expiresAt: addSeconds(now, options.ttlSeconds),
    position: options.position,
    instance: options.instance,
    error: null,
    confirmation: null,
    hasPreview: false,
    submitAttempt: null,
    history: [{ status: "queued", at, instance: options.instance }],
  };
}

/** How long the store keeps a record after this write. */
export function getStoreTtl(session: RsvpSession, idleTtlSeconds: number) {
  return isFinalStatus(session.status)
    ? retentionSeconds
    : idleTtlSeconds + expiredGraceSeconds;
}

export function isPastExpiry(session: RsvpSession, now = Date.now()) {
  return !isFinalStatus(session.status) && Date.parse(session.expiresAt) <= now;
}

/**
 * Applies a change with compare-and-set, retrying when another write got
 * there first. `decide` sees the latest record and answers the change, or
 * null to leave it alone. Answers the record as written, or null.
 */
export async function updateSession(
  store: SessionStore,
  id: string,
  options: {
    instance: string;
    ttlSeconds: number;
    decide: (session: RsvpSession) => SessionChange | null;
  },
): Promise<RsvpSession | null> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const current = await store.getRsvp(id);
    if (!current) return null;
    const change = options.decide(current);
    if (!change) return null;

    const next = applyChange(current, change, options);
    const written = await store.putRsvp(next, {
      expectedVersion: current.version,
      ttlSeconds: getStoreTtl(next, options.ttlSeconds),
    });
    if (written) return next;
  }
  throw new Error(`RSVP ${id} kept changing under us`);
}

function applyChange(
  current: RsvpSession,
  change: SessionChange,
  options: { instance: string; ttlSeconds: number },
): RsvpSession {
  const now = new Date();
  const at = now.toISOString();
  const status: RsvpStatus = change.status ?? current.status;
  const history =
    status === current.status
      ? current.history
      : [...current.history, { status, at, instance: options.instance }];
  const lifetime = isFinalStatus(status)
    ? retentionSeconds
    : options.ttlSeconds;

  return {
    ...current,
    ...change,
    version: current.version + 1,
    updatedAt: at,
    expiresAt:
      status === "expired" ? current.expiresAt : addSeconds(now, lifetime),
    history,
  };
}

function addSeconds(date: Date, seconds: number): string {
  return new Date(date.getTime() + seconds * 1000).toISOString();
}
