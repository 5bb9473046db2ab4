/**
 * Remembers what sealed cookies opened to, so that the same cookie sent
 * again (an attendee's page polls its RSVP every second) is not derived,
 * verified and decrypted again: under load that crypto was about a
 * fifteenth of the web server's CPU. The key is the whole sealed string,
 * so a changed cookie is a miss; an entry lives no longer than the seal
 * itself nor than `maxAgeMs`. Only seals that opened are kept: a bad
 * cookie costs its sender the full check every time.
 */
export class UnsealCache<T extends object> {
  private readonly entries = new Map<
    string,
    { data: Readonly<T>; expiresAt: number }
  >();

  constructor(
    private readonly options: {
      maxEntries: number;
      maxAgeMs: number;
      now?: () => number;
    },
  ) {}

  async read(
    sealed: string,
    unseal: (sealed: string) => Promise<T>,
  ): Promise<Readonly<T>> {
    const now = this.now();
    const entry = this.entries.get(sealed);
    if (entry && entry.expiresAt > now) {
      // Most recently used last, so the oldest is evicted first.
      this.entries.delete(sealed);
      this.entries.set(sealed, entry);
      return entry.data;
    }
    this.entries.delete(sealed);

    const data = deepFreeze(await unseal(sealed));
    if (Object.keys(data).length > 0) this.remember(sealed, data, now);

    return data;
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(sealed: string, data: Readonly<T>, now: number) {
    const expiresAt = Math.min(
      now + this.options.maxAgeMs,
      readSealExpiry(sealed) ?? Number.POSITIVE_INFINITY,
    );
    if (expiresAt <= now) return;

    this.entries.set(sealed, { data, expiresAt });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/**
 * When an iron seal stops opening, in ms since the epoch: the sixth of
 * its `*`-separated fields ("Fe26.2*id*salt*iv*data*expiration*…"), empty
 * for a seal without one. Undefined when the string is not such a seal.
 */
export function readSealExpiry(sealed: string): number | undefined {
  const parts = sealed.split("*");
  if (parts.length !== 8 || parts[0] !== "Fe26.2") return undefined;

  const expiration = Number(parts[5]);
  return parts[5] !== "" && Number.isSafeInteger(expiration)
    ? expiration
    : undefined;
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }

  return value;
}
