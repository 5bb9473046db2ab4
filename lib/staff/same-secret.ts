import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares a secret in constant time. Both sides are hashed first, so
 * neither the time taken nor an early length check says how long the
 * expected secret is or how much of it matched.
 */
export function isSameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(toDigest(given), toDigest(expected));
}

function toDigest(secret: string): Buffer {
  return createHash("sha256").update(secret, "utf8").digest();
}
