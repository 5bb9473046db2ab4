import { StoreDataError } from "./store-errors";

/**
 * Guards for Redis replies, which arrive untyped. A reply of the wrong
 * shape means a bug or a foreign key under our prefix: fail loudly.
 */
export function toText(reply: unknown): string {
  if (typeof reply === "string") return reply;
  if (Buffer.isBuffer(reply)) return reply.toString("utf8");

  throw new StoreDataError(
    `Expected a text reply from Redis, got ${typeof reply}`,
  );
}

export function toInteger(reply: unknown): number {
  const value = typeof reply === "string" ? Number(reply) : reply;
  if (typeof value === "number" && Number.isInteger(value)) return value;

  throw new StoreDataError(
    `Expected an integer reply from Redis, got ${typeof reply}`,
  );
}

/** A flat [member, score, member, score…] reply as pairs. */
export function toScoredIds(
  reply: unknown,
): { id: string; createdAtMs: number }[] {
  if (!Array.isArray(reply)) {
    throw new StoreDataError("Expected a list reply from Redis");
  }

  const items: { id: string; createdAtMs: number }[] = [];
  for (let index = 0; index + 1 < reply.length; index += 2) {
    items.push({
      id: toText(reply[index]),
      createdAtMs: toInteger(reply[index + 1]),
    });
  }

  return items;
}

/** Redis TTLs are whole seconds, and 0 or less would delete the key. */
export function toTtlSeconds(seconds: number): string {
  return String(Math.max(1, Math.ceil(seconds)));
}

/** Lock lifetimes in whole milliseconds, at least one. */
export function toTtlMs(milliseconds: number): number {
  return Math.max(1, Math.ceil(milliseconds));
}
