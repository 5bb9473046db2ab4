import type { MemoryStore } from "./memory-store";
import type { OutageJournal } from "./outage-journal";
import type { RemoteStore } from "./types";
import {
  createEmptyReport,
  writeBack,
  type WriteBackReport,
} from "./write-back";

export interface RecoveryLoopOptions {
  remote: RemoteStore;
  memory: MemoryStore;
  journal: OutageJournal;
  /** How long memory keeps a record once written back, in seconds. */
  copySeconds: number;
  /** @default 500 */
  firstRetryMs?: number;
  /** @default 15000 */
  maxRetryMs?: number;
  /**
   * Called in the same tick as the check that nothing is left to write
   * back, so no write made in memory can fall between the two.
   */
  onRecovered: (report: WriteBackReport) => void;
}

/**
 * During an outage: pings the remote with exponential backoff and, once
 * it answers, writes back everything noted in the journal, then reports
 * recovery. Its timers never keep the process alive.
 */
export class RecoveryLoop {
  private timer: NodeJS.Timeout | undefined;
  private isRunning = false;

  constructor(private readonly options: RecoveryLoopOptions) {}

  start(): void {
    if (this.isRunning) return;

    this.isRunning = true;
    this.schedule(this.options.firstRetryMs ?? 500);
  }

  stop(): void {
    this.isRunning = false;
    clearTimeout(this.timer);
  }

  private schedule(delayMs: number): void {
    if (!this.isRunning) return;

    this.timer = setTimeout(() => void this.attempt(delayMs), delayMs);
    this.timer.unref();
  }

  private async attempt(delayMs: number): Promise<void> {
    try {
      await this.options.remote.ping();
      await this.writeBackAll();
    } catch {
      const maxMs = this.options.maxRetryMs ?? 15_000;
      this.schedule(Math.min(delayMs * 2, maxMs));
    }
  }

  private async writeBackAll(): Promise<void> {
    const { journal, memory, remote, copySeconds } = this.options;
    const total = createEmptyReport();
    while (this.isRunning) {
      if (journal.size === 0) {
        this.isRunning = false;
        this.options.onRecovered(total);
        return;
      }

      const writes = journal.takeAll();
      try {
        const now = Date.now();
        const options = { writes, memory, remote, now, copySeconds };
        addTo(total, await writeBack(options));
      } catch (error) {
        journal.putBack(writes);
        throw error;
      }
    }
  }
}

function addTo(total: WriteBackReport, report: WriteBackReport): void {
  for (const key of Object.keys(total) as (keyof WriteBackReport)[]) {
    total[key] += report[key];
  }
}
