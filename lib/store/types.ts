import type { RsvpInput } from "../rsvp/schema";
import type { RsvpConfirmation, RsvpError, RsvpStatus } from "../rsvp/status";

/** One step of an RSVP's life, with the instance that took it. */
export interface RsvpHistoryEntry {
  status: RsvpStatus;
  at: string;
  instance: string;
}

/**
 * An RSVP's server-side record: everything needed to redo it on any
 * instance. `version` grows by one on every write, for compare-and-set.
 */
export interface RsvpSession {
  id: string;
  version: number;
  status: RsvpStatus;
  input: RsvpInput;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  /** Jobs ahead in the queue when last written; live on the owner. */
  position: number | null;
  /** The instance holding the job or the open page. */
  instance: string;
  error: RsvpError | null;
  confirmation: RsvpConfirmation | null;
  hasPreview: boolean;
  /**
   * Set, under the submit lock, just before the form is sent: the fence
   * that keeps a second holder from sending it again. Whoever finds it
   * set without an outcome cannot know whether the site received it.
   */
  submitAttempt: SubmitAttempt | null;
  history: RsvpHistoryEntry[];
}

export interface SubmitAttempt {
  token: string;
  at: string;
  instance: string;
}

export type StoreKind = "memory" | "redis" | "upstash";

/** Whether a shared store answers; "not configured" for memory. */
export type StoreStatus = "connected" | "disconnected" | "not configured";

/**
 * Where RSVPs live. Every key has a time to live; nothing grows without
 * bound. Implementations: memory (one instance), Redis, Upstash.
 */
export interface SessionStore {
  readonly kind: StoreKind;
  /**
   * Instant, from memory, never a network call. Read through the
   * interface, not with instanceof: Next.js may load a module twice, and
   * a class from one copy is not the class of the other.
   */
  readonly status: StoreStatus;
  getRsvp(id: string): Promise<RsvpSession | null>;
  /**
   * Writes `session` if the stored version is `expectedVersion` (0: must
   * not exist). Returns false, writing nothing, when another write won.
   */
  putRsvp(
    session: RsvpSession,
    options: { expectedVersion: number; ttlSeconds: number },
  ): Promise<boolean>;
  putPreview(id: string, image: Buffer, ttlSeconds: number): Promise<void>;
  getPreview(id: string): Promise<Buffer | null>;
  /** Takes a named lock for `ttlMs`; answers its token, or null if held. */
  acquireLock(name: string, ttlMs: number): Promise<string | null>;
  /** Releases a lock only if `token` still holds it. */
  releaseLock(name: string, token: string): Promise<boolean>;
  /** Adds one to a counter that resets `windowSeconds` after creation. */
  incrementCounter(name: string, windowSeconds: number): Promise<number>;
  /** Ids of RSVPs, newest first, for staff listings. */
  listRsvpIds(options: {
    limit: number;
    before?: number;
  }): Promise<{ id: string; createdAtMs: number }[]>;
  /**
   * Records that `instance` is alive, with its figures as JSON text, for
   * `ttlSeconds`; a newer heartbeat replaces the older one.
   */
  putHeartbeat(
    instance: string,
    data: string,
    ttlSeconds: number,
  ): Promise<void>;
  /** The JSON text of every heartbeat that has not expired. */
  listHeartbeats(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A store every instance shares (Redis over TCP, or Upstash over REST).
 * Beyond the session store: a cheap liveness check, and putting back a
 * lock that was taken in memory while the remote could not be reached.
 */
export interface RemoteStore extends SessionStore {
  readonly kind: "redis" | "upstash";
  /** Resolves when the remote answers; rejects when it does not. */
  ping(): Promise<void>;
  /** Sets a lock to `token` unless someone else holds it; true if held. */
  restoreLock(name: string, token: string, ttlMs: number): Promise<boolean>;
}
