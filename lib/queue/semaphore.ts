/**
 * A FIFO counting semaphore with a bounded waiting line. At most `limit`
 * holders run; at most `maxWaiting` wait; beyond that `acquire` refuses at
 * once, so a caller can answer 503 instead of queueing without end. A
 * waiter whose signal aborts leaves the line without ever taking a slot.
 */
export interface SemaphoreOptions {
  limit: number;
  maxWaiting: number;
}

export interface SemaphoreStats {
  active: number;
  pending: number;
  maxConcurrent: number;
  maxPending: number;
}

export type Release = () => void;

export interface AcquireOptions {
  /** Names the waiter, so its position can be asked for. */
  key?: string;
  signal?: AbortSignal;
  priority?: boolean;
}

interface Waiter {
  grant: (release: Release) => void;
  reject: (reason: unknown) => void;
  priority: boolean;
  key: string | undefined;
}

export class QueueFullError extends Error {
  constructor() {
    super("The queue is full");
    this.name = "QueueFullError";
  }
}

export class Semaphore {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: SemaphoreOptions) {}

  get stats(): SemaphoreStats {
    return {
      active: this.active,
      pending: this.waiting.length,
      maxConcurrent: this.options.limit,
      maxPending: this.options.maxWaiting,
    };
  }

  /** True when a new job would be refused. */
  get isFull(): boolean {
    return (
      this.active >= this.options.limit &&
      this.waiting.length >= this.options.maxWaiting
    );
  }

  /** How many waiters a new ordinary job would find ahead of it. */
  get nextPosition(): number {
    return this.active < this.options.limit ? 0 : this.waiting.length;
  }

  /**
   * Waits for a slot. `priority` waiters (an attendee who confirmed and is
   * watching the page) go ahead of ordinary ones, still FIFO among
   * themselves, and are never refused for a full line.
   */
  acquire(options: AcquireOptions = {}): Promise<Release> {
    const { signal, priority = false, key } = options;
    if (signal?.aborted) return Promise.reject(toAbortReason(signal));
    if (this.active < this.options.limit) {
      return Promise.resolve(this.take());
    }
    if (!priority && this.waiting.length >= this.options.maxWaiting) {
      return Promise.reject(new QueueFullError());
    }

    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = { grant: resolve, reject, priority, key };
      this.enqueue(waiter);
      signal?.addEventListener(
        "abort",
        () => this.dropWaiter(waiter, toAbortReason(signal)),
        { once: true },
      );
    });
  }

  /** How many waiters are ahead of the one with this key; null if none. */
  positionOf(key: string): number | null {
    const index = this.waiting.findIndex((waiter) => waiter.key === key);
    return index === -1 ? null : index;
  }

  private enqueue(waiter: Waiter): void {
    if (!waiter.priority) {
      this.waiting.push(waiter);
      return;
    }
    const firstOrdinary = this.waiting.findIndex((w) => !w.priority);
    if (firstOrdinary === -1) this.waiting.push(waiter);
    else this.waiting.splice(firstOrdinary, 0, waiter);
  }

  private dropWaiter(waiter: Waiter, reason: unknown): void {
    const index = this.waiting.indexOf(waiter);
    if (index === -1) return;

    this.waiting.splice(index, 1);
    waiter.reject(reason);
  }

  private take(): Release {
    this.active += 1;
    let released = false;

    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.grantNext();
    };
  }

  private grantNext(): void {
    const next = this.waiting.shift();
    if (next) next.grant(this.take());
  }
}

function toAbortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error("Aborted");
}
