import { createHash, randomBytes } from "node:crypto";
import { getIronSession, unsealData, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { getConfig } from "../config";
import type { SessionSecret } from "../session-secrets";
import { getLogger } from "../log";
import { getSingleton } from "../singleton";
import { UnsealCache } from "./unseal-cache";

/**
 * What the sealed cookie holds: the RSVPs this browser owns and, for
 * staff, until when they are signed in and under which password.
 */
interface OwnerData {
  rsvpIds: string[];
  staffUntil: number;
  staffKey: string;
}

/** Enough for someone who answers for a team, small enough for a cookie. */
const maxOwnedIds = 20;
const cookieTtlSeconds = 7 * 24 * 3600;

export async function getOwnedRsvpIds(): Promise<readonly string[]> {
  const session = await readSession();
  return session.rsvpIds ?? [];
}

export async function isOwner(id: string): Promise<boolean> {
  return (await getOwnedRsvpIds()).includes(id);
}

/** Makes this browser the owner of `id` (newest first, bounded). */
export async function addOwnedRsvpId(id: string): Promise<void> {
  const session = await openSession();
  const ids = [id, ...(session.rsvpIds ?? []).filter((owned) => owned !== id)];
  session.rsvpIds = ids.slice(0, maxOwnedIds);
  await session.save();
}

/**
 * Signed in as staff: the sign-in has not lapsed and was made with the
 * current STAFF_PASSWORD, so changing the password signs everyone out.
 */
export async function isStaff(): Promise<boolean> {
  const { staffPassword } = getConfig();
  if (!staffPassword) return false;

  const session = await readSession();
  return (
    (session.staffUntil ?? 0) > Date.now() &&
    session.staffKey === toStaffKey(staffPassword)
  );
}

/** Signs this browser in as staff; answers when that lapses. */
export async function setStaff(): Promise<Date> {
  const { staffPassword, staffSessionMinutes } = getConfig();
  const session = await openSession();
  session.staffUntil = Date.now() + staffSessionMinutes * 60_000;
  session.staffKey = toStaffKey(staffPassword ?? "");
  await session.save();

  return new Date(session.staffUntil);
}

/** Signs staff out; the RSVPs this browser owns stay its own. */
export async function clearStaff(): Promise<void> {
  const session = await openSession();
  delete session.staffUntil;
  delete session.staffKey;
  await session.save();
}

function toStaffKey(password: string): string {
  return createHash("sha256")
    .update(`staff:${password}`)
    .digest("base64url")
    .slice(0, 16);
}

/** The session to change and save. */
async function openSession() {
  return getIronSession<OwnerData>(await cookies(), getSessionOptions());
}

/**
 * The session to read only: the same cookie opens to the same data, so
 * what it opened to is remembered for a minute (see UnsealCache).
 */
async function readSession(): Promise<Readonly<Partial<OwnerData>>> {
  const options = getSessionOptions();
  const sealed = (await cookies()).get(options.cookieName)?.value;
  if (!sealed) return {};

  const cache = getSingleton(
    "owner-session-unseal-cache",
    () =>
      new UnsealCache<Partial<OwnerData>>({
        maxEntries: 2_000,
        maxAgeMs: 60_000,
      }),
  );
  return cache.read(sealed, (seal) =>
    unsealData<Partial<OwnerData>>(seal, {
      password: options.password,
      ttl: options.ttl,
      onUnsealError: options.onUnsealError,
    }),
  );
}

function getSessionOptions(): SessionOptions {
  return getSingleton("owner-session-options", () => {
    const config = getConfig();
    return {
      cookieName: config.cookieSecure ? "__Host-rsvp" : "rsvp",
      password: getSessionPasswords(),
      ttl: cookieTtlSeconds,
      cookieOptions: {
        httpOnly: true,
        sameSite: "lax",
        secure: config.cookieSecure,
        path: "/",
      },
      onUnsealError: (reason) => {
        if (reason !== "expired") {
          getLogger().warn({ reason }, "session cookie rejected");
        }
      },
    } satisfies SessionOptions;
  });
}

/**
 * The passwords every sealed cookie of this service uses, made once per
 * process (without SESSION_SECRET, a random one for this process only).
 */
export function getSessionPasswords(): Record<string, string> {
  return getSingleton("session-passwords", () =>
    toPasswordMap(getConfig().sessionSecrets),
  );
}

/** iron-session's password map: the highest id seals, any unseals. */
export function toPasswordMap(
  secrets: SessionSecret[],
): Record<string, string> {
  if (secrets.length === 0) {
    getLogger().warn(
      "SESSION_SECRET is not set: using a random secret for this process " +
        "only (cookies will not survive a restart or work across instances)",
    );
    return { "1": randomBytes(32).toString("hex") };
  }

  return Object.fromEntries(
    secrets.map(({ id, secret }) => [String(id), secret]),
  );
}
