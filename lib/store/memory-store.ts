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
  private readonly rsvps = new Map<string, Entry<RsvpSession>>();
  private readonly previews = new Map<string, Entry<Buffer>>();
  private readonly locks = new Map<string, Entry<string>>();
  private readonly counters = new Map<string, Entry<number>>();

  constructor(private readonly now: () => number = Date.now) {}

  async getRsvp(id: string): Promise<RsvpSession | null> {
    const session = this.read(this.rsvps, id);
    return session ? structuredClone(session) : null;
  }

  async putRsvp(
    session: RsvpSession,
    options: { expectedVersion: number; ttlSeconds: number },
  ): Promise<boolean> {
    const current = this.read(this.rsvps, session.id);
    if ((current?.version ?? 0) !== options.expectedVersion) return false;

    this.write(this.rsvps, session.id, structuredClone(session), options);

    return true;
  }

  async putPreview(id: string, image: Buffer, ttlSeconds: number) {
    this.write(this.previews, id, image, { ttlSeconds });
  }

  async getPreview(id: string): Promise<Buffer | null> {
    return this.read(this.previews, id) ?? null;
  }

  async acquireLock(name: string, ttlMs: number): Promise<string | null> {
    if (this.read(this.locks, name) !== undefined) return null;

    const token = randomUUID();
    this.locks.set(name, { value: token, expiresAtMs: this.now() + ttlMs });

    return token;
  }

  async releaseLock(name: string, token: string): Promise<boolean> {
    if (this.read(this.locks, name) !== token) return false;

    this.locks.delete(name);

    return true;
  }

  async incrementCounter(name: string, windowSeconds: number) {
    const count = (this.read(this.counters, name) ?? 0) + 1;
    const existing = this.counters.get(name);
    const expiresAtMs =
      count > 1 && existing
        ? existing.expiresAtMs
        : this.now() + windowSeconds * 1000;
    this.counters.set(name, { value: count, expiresAtMs });

    return count;
  }

  async listRsvpIds(options: { limit: number; before?: number }) {
    const before = options.before ?? Number.POSITIVE_INFINITY;
    return [...this.rsvps.keys()]
      .map((id) => this.read(this.rsvps, id))
      .filter((session): session is RsvpSession => session !== undefined)
      .map((session) => ({
        id: session.id,
        createdAtMs: Date.parse(session.createdAt),
      }))
      .filter((item) => item.createdAtMs < before)
      .sort((a, b) => b.createdAtMs - a.createdAtMs)
      .slice(0, options.limit);
  }

  /** Drops every expired key; the service's sweeper calls it. */
  sweep(): number {
    let removed = 0;
    for (const map of [this.rsvps, this.previews, this.locks, this.counters]) {
      for (const key of [...map.keys()]) {
        if (this.read(map as Map<string, Entry<unknown>>, key) === undefined) {
          removed += 1;
        }
      }
    }

    return removed;
  }

  async close(): Promise<void> {
    this.rsvps.clear();
    this.previews.clear();
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
