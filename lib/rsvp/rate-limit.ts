import { createHash } from "node:crypto";
import { ApiError } from "../http/api-error";
import { getLogger } from "../log";
import type { SessionStore } from "../store/types";

/**
 * New RSVPs per client address per minute, counted in the store so the
 * limit holds across instances. When the store cannot answer, the request
 * is let through: refusing every attendee because Redis blinked would do
 * more harm than a minute without a limit.
 */
export async function assertWithinRateLimit(options: {
  store: SessionStore;
  clientAddress: string;
  perMinute: number;
  scope: string;
}): Promise<void> {
  if (options.perMinute === 0) return;

  const key = `rate:${options.scope}:${hashAddress(options.clientAddress)}`;
  const count = await options.store
    .incrementCounter(key, 60)
    .catch((error: unknown) => {
      getLogger().warn(
        { err: error, scope: options.scope },
        "rate limit skipped",
      );
      return 0;
    });
  if (count > options.perMinute) {
    throw new ApiError(
      "rate_limited",
      "Too many RSVPs from your network; please wait a minute",
      { retryAfterSeconds: 60 },
    );
  }
}

/** Addresses are personal data too; the store keeps only a hash. */
function hashAddress(address: string): string {
  return createHash("sha256").update(address).digest("base64url").slice(0, 22);
}
