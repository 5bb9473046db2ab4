import { join } from "node:path";
import { Worker } from "node:worker_threads";

export interface HealthProbeResult {
  /** Every answer's time, in ms. */
  allMs: number[];
  /** Times of answers that reported every browser slot busy. */
  saturatedMs: number[];
  failures: number;
}

/**
 * Asks GET /api/health every `gapMs` until stopped, as an uptime monitor
 * would if it were in a hurry. The probe runs on a thread of its own, so
 * the benchmark's other work (the attendees, reading /proc) cannot delay
 * an answer's arrival and inflate its time.
 */
export function startHealthProbe(baseUrl: string, gapMs: number) {
  const worker = new Worker(join(__dirname, "health-worker.ts"), {
    workerData: { baseUrl, gapMs },
  });
  const result = new Promise<HealthProbeResult>((resolve, reject) => {
    worker.once("message", (message: HealthProbeResult) => resolve(message));
    worker.once("error", reject);
  });

  return {
    stop: async (): Promise<HealthProbeResult> => {
      worker.postMessage("stop");
      const answers = await result;
      await worker.terminate();
      return answers;
    },
  };
}
