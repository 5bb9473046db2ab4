import { randomUUID } from "node:crypto";
import type { RsvpSession, SessionStore } from "./types";

interface Entry<T> {
  value: T;
  expiresAtMs: number;
}

/**
 * Keeps everything in this process: right for one instance and for tests,
 * wrong behind a load balancer (another instance sees nothing of it).
 */
export class MemoryStore implements SessionStore {
  readonly kind = "memory" as const;
  readonly status = "not configured" as const;
  private readonly rsvps = new Map<string, Entry<RsvpSession>>();
  private readonly previews = new Map<string, Entry<Buffer>>();
  private readonly locks = new Map<string, Entry<string>>();
  private readonly counters = new Map<string, Entry<number>>();
  private readonly heartbeats = new Map<string, Entry<string>>();

  constructor(private readonly now: () => number = Date.now) {}

  getRsvp(id: string): Promise<RsvpSession | null> {
    const session = this.read(this.rsvps, id);
    return Promise.resolve(session ? structuredClone(session) : null);
  }

  putRsvp(
    session: RsvpSession,
    options: { expectedVersion: number; ttlSeconds: number },
  ): Promise<boolean> {
    const current = this.read(this.rsvps, session.id);
    if ((current?.version ?? 0) !== options.expectedVersion) {
      return Promise.resolve(false);
    }

    this.write(this.rsvps, session.id, structuredClone(session), options);

    return Promise.resolve(true);
  }

  putPreview(id: string, image: Buffer, ttlSeconds: number) {
    this.write(this.previews, id, image, { ttlSeconds });
    return Promise.resolve();
  }

  getPreview(id: string): Promise<Buffer | null> {
    return Promise.resolve(this.read(this.previews, id) ?? null);
  }

  acquireLock(name: string, ttlMs: number): Promise<string | null> {
    return Promise.resolve(this.takeLock(name, ttlMs));
  }

  /**
   * acquireLock without the promise: the resilient store records the
   * token in the same tick, so a switch back to Redis cannot slip between.
   */
  takeLock(name: string, ttlMs: number): string | null {
    if (this.read(this.locks, name) !== undefined) return null;

    const token = randomUUID();
    this.locks.set(name, { value: token, expiresAtMs: this.now() + ttlMs });

    return token;
  }

  isLockHeld(name: string, token: string): boolean {
    return this.read(this.locks, name) === token;
  }

  releaseLock(name: string, token: string): Promise<boolean> {
    if (this.read(this.locks, name) !== token) return Promise.resolve(false);

    this.locks.delete(name);

    return Promise.resolve(true);
  }

  incrementCounter(name: string, windowSeconds: number): Promise<number> {
    const count = (this.read(this.counters, name) ?? 0) + 1;
    const existing = this.counters.get(name);
    const expiresAtMs =
      count > 1 && existing
        ? existing.expiresAtMs
        : this.now() + windowSeconds * 1000;
    this.counters.set(name, { value: count, expiresAtMs });

    return Promise.resolve(count);
  }

  /**
   * Keeps a copy of a record read from or written to another store,
   * unless a newer one is already here. No compare-and-set: the other
   * store decided.
   */
  keepRsvpCopy(session: RsvpSession, ttlSeconds: number): void {
    const current = this.read(this.rsvps, session.id);
    if (current && current.version > session.version) return;

    this.write(this.rsvps, session.id, structuredClone(session), {
      ttlSeconds,
    });
  }

  forgetRsvp(id: string): void {
    this.rsvps.delete(id);
  }

  listRsvpIds(options: { limit: number; before?: number }) {
    const before = options.before ?? Number.POSITIVE_INFINITY;
    const items = [...this.rsvps.keys()]
      .map((id) => this.read(this.rsvps, id))
      .filter((session): session is RsvpSession => session !== undefined)
      .map((session) => ({
        id: session.id,
        createdAtMs: Date.parse(session.createdAt),
      }))
      .filter((item) => item.createdAtMs < before)
      .sort((a, b) => b.createdAtMs - a.createdAtMs)
      .slice(0, options.limit);

    return Promise.resolve(items);
  }

  putHeartbeat(instance: string, data: string, ttlSeconds: number) {
    this.write(this.heartbeats, instance, data, { ttlSeconds });
    return Promise.resolve();
  }

  listHeartbeats(): Promise<string[]> {
    const live = [...this.heartbeats.keys()]
      .map((instance) => this.read(this.heartbeats, instance))
      .filter((data): data is string => data !== undefined);

    return Promise.resolve(live);
  }

  /** Sweeps expired keys every `everyMs` for the life of the process. */
  sweepEvery(everyMs: number): this {
    setInterval(() => this.sweep(), everyMs).unref();
    return this;
  }

  /** Drops every expired key. */
  sweep(): number {
    let removed = 0;
    const maps = [
      this.rsvps,
      this.previews,
      this.locks,
      this.counters,
      this.heartbeats,
    ];
    for (const map of maps) {
      for (const key of [...map.keys()]) {
        if (this.read<unknown>(map, key) === undefined) {
          removed += 1;
        }
      }
    }

    return removed;
  }

  close(): Promise<void> {
    this.rsvps.clear();
    this.previews.clear();
    return Promise.resolve();
  }

  private read<T>(map: Map<string, Entry<T>>, key: string): T | undefined {
    const entry = map.get(key);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= this.now()) {
      map.delete(key);
      return undefined;
    }

    return entry.value;
  }

  private write<T>(
    map: Map<string, Entry<T>>,
    key: string,
    value: T,
    options: { ttlSeconds: number },
  ): void {
    const expiresAtMs = this.now() + options.ttlSeconds * 1000;
    map.set(key, { value, expiresAtMs });
  }
}
