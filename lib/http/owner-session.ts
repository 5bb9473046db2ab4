import { randomBytes } from "node:crypto";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { getConfig } from "../config";
import { getLogger } from "../log";
import { getSingleton } from "../singleton";

/** What the sealed cookie holds: the RSVPs this browser owns. */
interface OwnerData {
  rsvpIds: string[];
  staffUntil: number;
}

/** Enough for someone who answers for a team, small enough for a cookie. */
const maxOwnedIds = 20;
const cookieTtlSeconds = 7 * 24 * 3600;

export async function getOwnedRsvpIds(): Promise<string[]> {
  const session = await openSession();
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

async function openSession() {
  return getIronSession<OwnerData>(await cookies(), getSessionOptions());
}

function getSessionOptions(): SessionOptions {
  return getSingleton("owner-session-options", () => {
    const config = getConfig();
    return {
      cookieName: config.cookieSecure ? "__Host-rsvp" : "rsvp",
      password: toPasswordMap(config.sessionSecrets),
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
 * iron-session seals with the highest id and unseals with any, so the
 * newest secret (first in SESSION_SECRET) gets the highest id.
 */
function toPasswordMap(secrets: string[]): Record<string, string> {
  if (secrets.length === 0) {
    getLogger().warn(
      "SESSION_SECRET is not set: using a random secret for this process " +
        "only (cookies will not survive a restart or work across instances)",
    );
    return { "1": randomBytes(32).toString("hex") };
  }

  return Object.fromEntries(
    secrets.map((secret, index) => [String(secrets.length - index), secret]),
  );
}
