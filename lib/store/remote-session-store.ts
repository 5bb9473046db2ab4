import { randomUUID } from "node:crypto";
import { retentionSeconds } from "../rsvp/session-record";
import {
  incrementScript,
  listHeartbeatsScript,
  listRsvpIdsScript,
  putHeartbeatScript,
  putRsvpScript,
  releaseLockScript,
  restoreLockScript,
} from "./lua-scripts";
import type { RedisPort } from "./redis-port";
import {
  toInteger,
  toScoredIds,
  toText,
  toTtlMs,
  toTtlSeconds,
} from "./replies";
import { parseStoredSession, toStoredSession } from "./session-codec";
import {
  createStoreKeys,
  defaultKeyPrefix,
  type StoreKeys,
} from "./store-keys";
import type { RemoteStore, RsvpSession } from "./types";

export interface RemoteSessionStoreOptions {
  /**
   * Put before every key, so the service can share a database.
   * @default "rsvp-gateway:v1:"
   */
  prefix?: string;
  /**
   * How long the staff index remembers an RSVP, in seconds: the longest
   * a record is kept.
   * @default retentionSeconds (7 days)
   */
  retentionSeconds?: number;
}

/**
 * The session store on Redis, whatever the transport. Compare-and-set,
 * lock release and counters run as Lua scripts, so each is atomic on the
 * server; every key is written with a time to live.
 */
export class RemoteSessionStore implements RemoteStore {
  /** Bare, with no fallback: its callers see its errors themselves. */
  readonly status = "connected" as const;
  private readonly keys: StoreKeys;
  private readonly retentionSeconds: number;

  constructor(
    readonly kind: "redis" | "upstash",
    private readonly port: RedisPort,
    options: RemoteSessionStoreOptions = {},
  ) {
    this.keys = createStoreKeys(options.prefix ?? defaultKeyPrefix);
    this.retentionSeconds = options.retentionSeconds ?? retentionSeconds;
  }

  async getRsvp(id: string): Promise<RsvpSession | null> {
    const text = await this.port.getHashField(this.keys.rsvp(id), "d");

    return text === null ? null : parseStoredSession(text, id);
  }

  async putRsvp(
    session: RsvpSession,
    options: { expectedVersion: number; ttlSeconds: number },
  ): Promise<boolean> {
    const reply = await this.port.runScript({
      script: putRsvpScript,
      keys: [this.keys.rsvp(session.id), this.keys.index],
      args: [
        String(options.expectedVersion),
        String(session.version),
        toStoredSession(session),
        toTtlSeconds(options.ttlSeconds),
        String(Date.parse(session.createdAt)),
        session.id,
        String(Date.now() - this.retentionSeconds * 1000),
        toTtlSeconds(this.retentionSeconds),
      ],
    });

    return toInteger(reply) === 1;
  }

  putPreview(id: string, image: Buffer, ttlSeconds: number): Promise<void> {
    const ttl = Number(toTtlSeconds(ttlSeconds));
    return this.port.setBytes(this.keys.preview(id), image, ttl);
  }

  getPreview(id: string): Promise<Buffer | null> {
    return this.port.getBytes(this.keys.preview(id));
  }

  async acquireLock(name: string, ttlMs: number): Promise<string | null> {
    const token = randomUUID();
    const key = this.keys.lock(name);
    const isSet = await this.port.setIfAbsent(key, token, toTtlMs(ttlMs));

    return isSet ? token : null;
  }

  async releaseLock(name: string, token: string): Promise<boolean> {
    const reply = await this.port.runScript({
      script: releaseLockScript,
      keys: [this.keys.lock(name)],
      args: [token],
    });

    return toInteger(reply) === 1;
  }

  async restoreLock(
    name: string,
    token: string,
    ttlMs: number,
  ): Promise<boolean> {
    const reply = await this.port.runScript({
      script: restoreLockScript,
      keys: [this.keys.lock(name)],
      args: [token, String(toTtlMs(ttlMs))],
    });

    return toInteger(reply) === 1;
  }

  async incrementCounter(name: string, windowSeconds: number) {
    const reply = await this.port.runScript({
      script: incrementScript,
      keys: [this.keys.counter(name)],
      args: [toTtlSeconds(windowSeconds)],
    });

    return toInteger(reply);
  }

  /**
   * Ids newest first. An id may outlive its record by up to the retention
   * (the index is trimmed by age, not on expiry): callers skip ids whose
   * record is gone, as they must anyway for a record that expires between
   * the listing and the read.
   */
  async listRsvpIds(options: { limit: number; before?: number }) {
    const limit = Math.max(0, Math.floor(options.limit));
    if (limit === 0) return [];

    const upper = options.before === undefined ? "+inf" : `(${options.before}`;
    const reply = await this.port.runScript({
      script: listRsvpIdsScript,
      keys: [this.keys.index],
      args: [upper, String(limit)],
    });

    return toScoredIds(reply);
  }

  async putHeartbeat(
    instance: string,
    data: string,
    ttlSeconds: number,
  ): Promise<void> {
    const now = Date.now();
    await this.port.runScript({
      script: putHeartbeatScript,
      keys: [this.keys.heartbeatExpiry, this.keys.heartbeats],
      args: [
        instance,
        data,
        String(now + ttlSeconds * 1000),
        String(now),
        toTtlSeconds(Math.max(ttlSeconds * 10, 3600)),
      ],
    });
  }

  async listHeartbeats(): Promise<string[]> {
    const reply = await this.port.runScript({
      script: listHeartbeatsScript,
      keys: [this.keys.heartbeatExpiry, this.keys.heartbeats],
      args: [String(Date.now())],
    });
    if (!Array.isArray(reply)) return [];

    return reply.filter((item) => item !== null).map((item) => toText(item));
  }

  ping(): Promise<void> {
    return this.port.ping();
  }

  close(): Promise<void> {
    return this.port.close();
  }
}
