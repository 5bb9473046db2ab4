import { createHash } from "node:crypto";
import { z } from "zod";
import { getConfig } from "../config";
import { ApiError } from "../http/api-error";
import { clearStaff, setStaff } from "../http/owner-session";
import { getLogger } from "../log";
import { getMetrics } from "../metrics/registry";
import { getRuntime } from "../rsvp/runtime";
import type { SessionStore } from "../store/types";
import { assertStaffAreaEnabled } from "./access";
import { parseOrRefuse } from "./parse-or-refuse";
import { isSameSecret } from "./same-secret";

/** Guessing is slow at five tries a minute from one address. */
const attemptsPerMinute = 5;

export const signInSchema = z.strictObject({
  password: z
    .string("Enter the staff password")
    .min(1, "Enter the staff password")
    .max(256, "That is longer than any staff password"),
});

export const signOutSchema = z.strictObject({});

const bodyWords = { whole: "body", unknownKey: "Not a known field" };

/**
 * Signs a browser in as staff. Attempts are counted per client address
 * in the store, so the limit holds across instances.
 */
export async function signIn(options: {
  body: unknown;
  clientAddress: string;
}): Promise<{ until: string }> {
  assertStaffAreaEnabled();
  const { password } = parseOrRefuse(signInSchema, options.body, bodyWords);
  const { store } = await getRuntime();
  await assertWithinSignInLimit(store, options.clientAddress);

  const expected = getConfig().staffPassword ?? "";
  if (!isSameSecret(password, expected)) {
    getMetrics().staffSignIns.inc({ result: "refused" });
    throw new ApiError("unauthorized", "That password is not right", {
      fields: { password: "That password is not right" },
    });
  }

  const until = await setStaff();
  getMetrics().staffSignIns.inc({ result: "accepted" });
  getLogger().info({ until: until.toISOString() }, "staff signed in");

  return { until: until.toISOString() };
}

export async function signOut(body: unknown): Promise<void> {
  assertStaffAreaEnabled();
  parseOrRefuse(signOutSchema, body, bodyWords);

  await clearStaff();
}

async function assertWithinSignInLimit(
  store: SessionStore,
  clientAddress: string,
): Promise<void> {
  const key = `rate:staff-sign-in:${hashAddress(clientAddress)}`;
  const attempts = await store.incrementCounter(key, 60);
  if (attempts <= attemptsPerMinute) return;

  getMetrics().staffSignIns.inc({ result: "rate_limited" });
  throw new ApiError(
    "rate_limited",
    "Too many sign-in attempts; please wait a minute",
    { retryAfterSeconds: 60 },
  );
}

/** The store keeps a hash, not the address. */
function hashAddress(address: string): string {
  return createHash("sha256").update(address).digest("base64url").slice(0, 22);
}
