import { runAttendeeFlow } from "./attendee-flow";

export interface UnloadedResult {
  previewMs: number[];
  confirmMs: number[];
  previewBytes: number[];
  confirmed: number;
  failed: number;
}

/**
 * One attendee at a time, polling fast, so the figures are the engine's
 * own latency and not a queue's. The first `warmups` RSVPs are not kept:
 * they pay for code loading and, for a shared browser, its first page.
 */
export async function runUnloadedPhase(options: {
  baseUrl: string;
  count: number;
  warmups: number;
  pollMs: number;
}): Promise<UnloadedResult> {
  const result: UnloadedResult = {
    previewMs: [],
    confirmMs: [],
    previewBytes: [],
    confirmed: 0,
    failed: 0,
  };
  for (let index = 0; index < options.warmups + options.count; index += 1) {
    const flow = await runAttendeeFlow({
      baseUrl: options.baseUrl,
      pollMs: options.pollMs,
      timeoutMs: 60_000,
    });
    if (flow.outcome === "confirmed") result.confirmed += 1;
    else result.failed += 1;
    if (index < options.warmups) continue;

    if (flow.previewMs !== undefined) result.previewMs.push(flow.previewMs);
    if (flow.confirmMs !== undefined) result.confirmMs.push(flow.confirmMs);
    if (flow.previewBytes) result.previewBytes.push(flow.previewBytes);
  }

  return result;
}
