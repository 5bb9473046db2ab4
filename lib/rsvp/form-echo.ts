import { sealData, unsealData } from "iron-session";
import { cookies } from "next/headers";
import { z } from "zod";
import { getConfig } from "../config";
import { getSessionPasswords } from "../http/owner-session";
import type { FormAnswers } from "./form-data";

/**
 * The answers of a form that could not be sent as it was, carried from a
 * route handler to the page that shows them again. They are personal
 * data, so they travel sealed (encrypted and signed) in a short-lived,
 * HTTP-only cookie: never in a URL, never in a log.
 */
export type EchoReason = "invalid" | "edit" | "failed" | "expired" | "wait";

export interface FormEcho {
  answers: FormAnswers;
  reason: EchoReason;
  /** Messages on our field names: the schema's or the third-party site's. */
  fields: Record<string, string>;
  /** Why sending has to wait, and for how long (busy, rate limited). */
  wait?: { code: string; seconds: number };
}

const ttlSeconds = 600;
// Browsers drop a cookie over 4096 bytes; the name and attributes need room.
const maxSealedLength = 3800;

const echoSchema = z.object({
  answers: z.object({
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    phone: z.string(),
    company: z.string(),
    jobTitle: z.string(),
    country: z.string(),
    attendance: z.string(),
    guests: z.string(),
    dietary: z.string(),
    dietaryNotes: z.string(),
    sessions: z.array(z.string()),
    consent: z.boolean(),
    marketingOptIn: z.boolean(),
  }),
  reason: z.enum(["invalid", "edit", "failed", "expired", "wait"]),
  fields: z.record(z.string(), z.string()),
  wait: z.object({ code: z.string(), seconds: z.number() }).optional(),
});

export async function saveFormEcho(echo: FormEcho): Promise<void> {
  const sealed = await sealToFit(echo);
  if (!sealed) return;

  const jar = await cookies();
  jar.set(getCookieName(), sealed, {
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().cookieSecure,
    path: "/",
    maxAge: ttlSeconds,
  });
}

/** The echoed form, or null when there is none or it cannot be read. */
export async function readFormEcho(): Promise<FormEcho | null> {
  const sealed = (await cookies()).get(getCookieName())?.value;
  if (!sealed) return null;

  const data = await unsealData<unknown>(sealed, {
    password: getPasswords(),
    ttl: ttlSeconds,
  }).catch(() => null);
  const parsed = echoSchema.safeParse(data);

  return parsed.success ? parsed.data : null;
}

export async function clearFormEcho(): Promise<void> {
  const jar = await cookies();
  if (jar.has(getCookieName())) jar.delete(getCookieName());
}

/**
 * Seals the echo; when long answers in a script of many bytes per
 * character would make the cookie too big, the free-text notes go first.
 */
async function sealToFit(echo: FormEcho): Promise<string | null> {
  const password = getPasswords();
  const full = await sealData(echo, { password, ttl: ttlSeconds });
  if (full.length <= maxSealedLength) return full;

  const answers = { ...echo.answers, jobTitle: "", dietaryNotes: "" };
  const trimmed = await sealData(
    { ...echo, answers },
    { password, ttl: ttlSeconds },
  );

  return trimmed.length <= maxSealedLength ? trimmed : null;
}

function getCookieName(): string {
  return getConfig().cookieSecure ? "__Host-rsvp-answers" : "rsvp-answers";
}

/** The same passwords as every other sealed cookie of the service. */
function getPasswords(): Record<string, string> {
  return getSessionPasswords();
}
