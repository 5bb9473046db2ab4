import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger whose lines are kept for the test to read. */
export function recordLogs(): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  const log = pino(
    { level: "debug", formatters: { level: (label) => ({ level: label }) } },
    stream,
  );

  return { log, lines };
}

/** Polls `check` every 50 ms until it holds or `timeoutMs` passes. */
export async function waitUntil(
  check: () => boolean,
  timeoutMs = 5_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return true;
}
