import { getSingleton } from "../singleton";
import { readProcessTreePss } from "./process-memory";

/** The last reading of the browser's memory; null until one is known. */
export interface BrowserMemory {
  bytes: number | null;
}

export function getBrowserMemory(): BrowserMemory {
  return getSingleton<BrowserMemory>("browser-memory", () => ({
    bytes: null,
  }));
}

/**
 * Reads the Chromium process tree's memory now and every `everyMs`, so
 * heartbeats and metrics can report it without waiting on /proc.
 */
export function startBrowserMemorySampler(options: {
  getPid: () => Promise<number | undefined>;
  everyMs: number;
}): () => void {
  const memory = getBrowserMemory();
  const sample = async () => {
    const pid = await options.getPid().catch(() => undefined);
    memory.bytes = pid === undefined ? null : await readProcessTreePss(pid);
  };
  void sample();
  // The browser starts a moment after boot: read again soon after it.
  setTimeout(() => void sample(), 2_000).unref();
  const timer = setInterval(() => void sample(), options.everyMs);
  timer.unref();

  return () => clearInterval(timer);
}
