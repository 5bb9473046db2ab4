/** What was written to memory while the remote store was unreachable. */
export interface OutageWrites {
  /** RSVP id → when its record expires (ms since the epoch). */
  rsvps: Map<string, number>;
  /** RSVP id → when its preview expires. */
  previews: Map<string, number>;
  /** Lock name → its token and expiry. */
  locks: Map<string, { token: string; expiresAtMs: number }>;
}

/**
 * Notes every write made in memory during an outage, so it can be
 * written back when the remote answers again. Only ids and expiry times
 * are kept here; the data stays in the memory store.
 */
export class OutageJournal {
  private writes = createEmptyWrites();

  constructor(private readonly now: () => number = Date.now) {}

  get size(): number {
    const { rsvps, previews, locks } = this.writes;
    return rsvps.size + previews.size + locks.size;
  }

  noteRsvp(id: string, ttlSeconds: number): void {
    this.writes.rsvps.set(id, this.now() + ttlSeconds * 1000);
  }

  notePreview(id: string, ttlSeconds: number): void {
    this.writes.previews.set(id, this.now() + ttlSeconds * 1000);
  }

  noteLock(name: string, token: string, ttlMs: number): void {
    this.writes.locks.set(name, { token, expiresAtMs: this.now() + ttlMs });
  }

  forgetLock(name: string, token: string): void {
    if (this.writes.locks.get(name)?.token === token) {
      this.writes.locks.delete(name);
    }
  }

  /** Hands over everything noted so far and starts an empty journal. */
  takeAll(): OutageWrites {
    const taken = this.writes;
    this.writes = createEmptyWrites();

    return taken;
  }

  /**
   * Puts back writes that could not be written back, for a later try; a
   * write noted since then is newer and stays.
   */
  putBack(writes: OutageWrites): void {
    addMissing(this.writes.rsvps, writes.rsvps);
    addMissing(this.writes.previews, writes.previews);
    addMissing(this.writes.locks, writes.locks);
  }

  /** Drops entries whose data has expired, so a long outage stays bounded. */
  prune(): void {
    const now = this.now();
    for (const map of [this.writes.rsvps, this.writes.previews]) {
      map.forEach((expiresAtMs, id) => {
        if (expiresAtMs <= now) map.delete(id);
      });
    }
    this.writes.locks.forEach((lock, name) => {
      if (lock.expiresAtMs <= now) this.writes.locks.delete(name);
    });
  }
}

function createEmptyWrites(): OutageWrites {
  return { rsvps: new Map(), previews: new Map(), locks: new Map() };
}

function addMissing<T>(target: Map<string, T>, source: Map<string, T>) {
  source.forEach((value, key) => {
    if (!target.has(key)) target.set(key, value);
  });
}
