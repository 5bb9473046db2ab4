import { randomBytes } from "node:crypto";
import type { StepId } from "./steps";

/** A finished registration, kept to show its confirmation page. */
export interface CompletedRegistration {
  confirmationNumber: string;
  givenName: string;
}

/** One visitor's progress through the form, held in memory. */
export interface Session {
  id: string;
  csrfToken: string;
  /** Each saved step's answers, as the url-encoded form it was sent as. */
  steps: Partial<Record<StepId, string>>;
  completed: CompletedRegistration | null;
  lastSeenAt: number;
}

export interface SessionStoreOptions {
  /** Idle time after which a session is forgotten. @default 30 minutes */
  idleTtlMs?: number;
  /** Sessions kept at most; the least recently used go first. @default 10000 */
  maxSessions?: number;
  /** The clock, replaceable in tests. @default Date.now */
  now?: () => number;
}

/**
 * Sessions keyed by cookie id. The map's insertion order is kept equal to
 * the order of last use, so the oldest entries are always at the front.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly idleTtlMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;

  constructor(options: SessionStoreOptions = {}) {
    this.idleTtlMs = options.idleTtlMs ?? 30 * 60 * 1000;
    this.maxSessions = options.maxSessions ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** The live session with this id, marked as just used; else undefined. */
  get(id: string | undefined): Session | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (session === undefined) return undefined;

    this.sessions.delete(session.id);
    if (this.isExpired(session)) return undefined;

    session.lastSeenAt = this.now();
    this.sessions.set(session.id, session);

    return session;
  }

  create(): Session {
    this.dropExpired();
    this.dropOverflow();

    const session: Session = {
      id: randomBytes(18).toString("base64url"),
      csrfToken: randomBytes(24).toString("base64url"),
      steps: {},
      completed: null,
      lastSeenAt: this.now(),
    };
    this.sessions.set(session.id, session);

    return session;
  }

  private isExpired(session: Session): boolean {
    return this.now() - session.lastSeenAt > this.idleTtlMs;
  }

  private dropExpired(): void {
    for (const session of this.sessions.values()) {
      if (!this.isExpired(session)) return;

      this.sessions.delete(session.id);
    }
  }

  private dropOverflow(): void {
    for (const id of this.sessions.keys()) {
      if (this.sessions.size < this.maxSessions) return;

      this.sessions.delete(id);
    }
  }
}
