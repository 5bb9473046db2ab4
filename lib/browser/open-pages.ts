import type { BrowserSession } from "./browser-pool";

/**
 * Pages kept open between preview and confirm. They only save time: a
 * confirm that finds no page here replays the fill. The budget bounds
 * memory; past it the least recently used page is closed.
 */
export class OpenPages {
  private readonly pages = new Map<string, BrowserSession>();
  evictions = 0;

  constructor(
    private readonly budget: number,
    private readonly onEvict?: (id: string) => void,
  ) {}

  get size(): number {
    return this.pages.size;
  }

  has(id: string): boolean {
    return this.pages.has(id);
  }

  /** Keeps a page for `id`, closing the oldest ones past the budget. */
  hold(id: string, session: BrowserSession): void {
    void this.pages.get(id)?.close();
    this.pages.delete(id);
    this.pages.set(id, session);
    while (this.pages.size > this.budget) this.evictOldest();
  }

  /** Hands the page over to the caller, who must close it. */
  take(id: string): BrowserSession | undefined {
    const session = this.pages.get(id);
    this.pages.delete(id);
    return session;
  }

  async drop(id: string): Promise<void> {
    await this.take(id)?.close();
  }

  ids(): string[] {
    return [...this.pages.keys()];
  }

  async closeAll(): Promise<void> {
    const sessions = [...this.pages.values()];
    this.pages.clear();
    await Promise.all(sessions.map((session) => session.close()));
  }

  private evictOldest(): void {
    const oldest = this.pages.keys().next();
    if (oldest.done) return;

    this.evictions += 1;
    void this.drop(oldest.value);
    this.onEvict?.(oldest.value);
  }
}
