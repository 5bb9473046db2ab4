/*
 * A remote store (Redis or Upstash) backed by this instance's memory, so
 * nothing accepted is lost when Redis blinks.
 *
 * Connected: every operation goes to the remote. RSVP records read or
 * written are also copied to memory for up to `mirrorSeconds`, so that
 * during an outage this instance still knows the RSVPs it recently saw.
 *
 * When a remote operation fails (connection lost, timeout), the store
 * logs one warning, reports "disconnected", and serves everything from
 * memory until the remote answers again:
 * - RSVP records and previews are read from and written to memory. An
 *   RSVP this instance has not seen in the last `mirrorSeconds` reads as
 *   missing; other instances do not see what this one writes.
 * - Locks and counters are this instance's own: another instance cannot
 *   see them, so rate limits hold per instance and a lock excludes only
 *   work on this instance.
 *
 * A background loop pings the remote with exponential backoff (0.5 s
 * doubling to 15 s). Once it answers, everything written to memory during
 * the outage is written back, each with the time it had left to live:
 * RSVP records unless the remote's copy is newer (or confirmed), previews
 * always, and locks still held, with their token, unless another instance
 * took them. Then the store logs one line, switches back and reports
 * "connected". Counters are not written back: their windows are short.
 */
import type { Logger } from "pino";
import { getLogger } from "../log";
import { MemoryStore } from "./memory-store";
import { OutageJournal } from "./outage-journal";
import { RecoveryLoop } from "./recovery-loop";
import { describeStoreError, StoreDataError } from "./store-errors";
import type { RemoteStore, RsvpSession, SessionStore } from "./types";
import type { WriteBackReport } from "./write-back";

export interface ResilientStoreOptions {
  /** @default a new MemoryStore */
  memory?: MemoryStore;
  /** First wait before pinging a lost remote again. @default 500 */
  firstRetryMs?: number;
  /** Longest wait between pings. @default 15000 */
  maxRetryMs?: number;
  /** How long a copy of a record stays in memory. @default 900 */
  mirrorSeconds?: number;
  /** @default the service's logger */
  log?: Pick<Logger, "info" | "warn">;
}

/** The store of an instance configured with Redis or Upstash. */
export class ResilientStore implements SessionStore {
  readonly kind: RemoteStore["kind"];
  private mode: "remote" | "memory" = "remote";
  /** Remote operations that failed, and switches to memory, for metrics. */
  readonly counts = { errors: 0, fallbacks: 0 };
  private hasAnswered = false;
  private isClosed = false;
  private outageStartedAt = 0;
  private readonly memory: MemoryStore;
  private readonly journal = new OutageJournal();
  private readonly recovery: RecoveryLoop;
  private readonly sweepTimer: NodeJS.Timeout;
  private readonly mirrorSeconds: number;
  private readonly log: Pick<Logger, "info" | "warn">;

  constructor(
    private readonly remote: RemoteStore,
    options: ResilientStoreOptions = {},
  ) {
    this.kind = remote.kind;
    this.memory = options.memory ?? new MemoryStore();
    this.mirrorSeconds = options.mirrorSeconds ?? 900;
    this.log = options.log ?? getLogger();
    this.recovery = new RecoveryLoop({
      ...options,
      remote,
      memory: this.memory,
      journal: this.journal,
      copySeconds: this.mirrorSeconds,
      onRecovered: (report) => this.switchToRemote(report),
    });
    // Expired copies would otherwise stay until read again.
    this.sweepTimer = setInterval(() => this.sweep(), 60_000);
    this.sweepTimer.unref();
  }

  /** Instant, from memory: what health reports. */
  get status(): "connected" | "disconnected" {
    return this.mode === "remote" && this.hasAnswered
      ? "connected"
      : "disconnected";
  }

  /**
   * Pings the remote once; true when it answered. When it does not, the
   * store starts in memory and keeps trying in the background.
   */
  async start(): Promise<boolean> {
    try {
      await this.remote.ping();
      this.hasAnswered = true;
      return this.mode === "remote";
    } catch (error) {
      this.fallBack(error);
      return false;
    }
  }

  getRsvp(id: string): Promise<RsvpSession | null> {
    return this.route(
      async () => {
        const session = await this.remote.getRsvp(id);
        if (session) this.memory.keepRsvpCopy(session, this.mirrorSeconds);
        else this.memory.forgetRsvp(id);
        return session;
      },
      () => this.memory.getRsvp(id),
    );
  }

  putRsvp(
    session: RsvpSession,
    options: { expectedVersion: number; ttlSeconds: number },
  ): Promise<boolean> {
    return this.route(
      async () => {
        const isWritten = await this.remote.putRsvp(session, options);
        const ttl = Math.min(options.ttlSeconds, this.mirrorSeconds);
        if (isWritten) this.memory.keepRsvpCopy(session, ttl);
        return isWritten;
      },
      () => {
        this.journal.noteRsvp(session.id, options.ttlSeconds);
        return this.memory.putRsvp(session, options);
      },
    );
  }

  putPreview(id: string, image: Buffer, ttlSeconds: number): Promise<void> {
    return this.route(
      () => this.remote.putPreview(id, image, ttlSeconds),
      () => {
        this.journal.notePreview(id, ttlSeconds);
        return this.memory.putPreview(id, image, ttlSeconds);
      },
    );
  }

  getPreview(id: string): Promise<Buffer | null> {
    return this.route(
      () => this.remote.getPreview(id),
      () => this.memory.getPreview(id),
    );
  }

  acquireLock(name: string, ttlMs: number): Promise<string | null> {
    return this.route(
      () => this.remote.acquireLock(name, ttlMs),
      () => {
        const token = this.memory.takeLock(name, ttlMs);
        if (token) this.journal.noteLock(name, token, ttlMs);
        return Promise.resolve(token);
      },
    );
  }

  async releaseLock(name: string, token: string): Promise<boolean> {
    // A lock taken in memory may still be there after the switch back.
    const isReleasedHere = this.memory.isLockHeld(name, token);
    await this.memory.releaseLock(name, token);
    this.journal.forgetLock(name, token);
    const isReleased = await this.route(
      () => this.remote.releaseLock(name, token),
      () => Promise.resolve(false),
    );

    return isReleased || isReleasedHere;
  }

  incrementCounter(name: string, windowSeconds: number): Promise<number> {
    return this.route(
      () => this.remote.incrementCounter(name, windowSeconds),
      () => this.memory.incrementCounter(name, windowSeconds),
    );
  }

  listRsvpIds(options: { limit: number; before?: number }) {
    return this.route(
      () => this.remote.listRsvpIds(options),
      () => this.memory.listRsvpIds(options),
    );
  }

  /** During an outage only this instance's own heartbeat is known. */
  putHeartbeat(instance: string, data: string, ttlSeconds: number) {
    return this.route(
      () => this.remote.putHeartbeat(instance, data, ttlSeconds),
      () => this.memory.putHeartbeat(instance, data, ttlSeconds),
    );
  }

  listHeartbeats(): Promise<string[]> {
    return this.route(
      () => this.remote.listHeartbeats(),
      () => this.memory.listHeartbeats(),
    );
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.recovery.stop();
    clearInterval(this.sweepTimer);
    if (this.journal.size > 0) {
      this.log.warn(
        { store: this.kind, pending: this.journal.size },
        "closing with writes made during the Redis outage not written back",
      );
    }
    await this.remote.close();
    await this.memory.close();
  }

  private async route<T>(
    onRemote: () => Promise<T>,
    onMemory: () => Promise<T>,
  ): Promise<T> {
    if (this.mode === "remote" && !this.isClosed) {
      try {
        const result = await onRemote();
        this.hasAnswered = true;
        return result;
      } catch (error) {
        this.counts.errors += 1;
        if (error instanceof StoreDataError) throw error;
        this.fallBack(error);
      }
    }

    return onMemory();
  }

  private fallBack(error: unknown): void {
    if (this.mode === "memory" || this.isClosed) return;

    this.mode = "memory";
    this.counts.fallbacks += 1;
    this.outageStartedAt = Date.now();
    // Before the first answer, start-up reports the failure instead.
    if (this.hasAnswered) {
      this.log.warn(
        { store: this.kind, reason: describeStoreError(error) },
        "Redis lost - falling back to in-memory sessions",
      );
    }
    this.recovery.start();
  }

  private switchToRemote(report: WriteBackReport): void {
    this.mode = "remote";
    this.hasAnswered = true;
    this.log.info(
      {
        store: this.kind,
        outageMs: Date.now() - this.outageStartedAt,
        writtenBack: report,
      },
      "Redis reconnected - back to shared sessions",
    );
  }

  private sweep(): void {
    this.memory.sweep();
    this.journal.prune();
  }
}
