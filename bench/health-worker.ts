import { parentPort, workerData } from "node:worker_threads";
import type { HealthProbeResult } from "./health-probe";

interface HealthBody {
  queue?: { active: number; maxConcurrent: number };
}

/** The health probe's thread: see startHealthProbe. */
async function probeUntilStopped(baseUrl: string, gapMs: number) {
  const result: HealthProbeResult = {
    allMs: [],
    saturatedMs: [],
    failures: 0,
  };
  let isStopped = false;
  parentPort?.once("message", () => {
    isStopped = true;
  });
  while (!isStopped) {
    await probeOnce(baseUrl, result);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  parentPort?.postMessage(result);
}

async function probeOnce(baseUrl: string, result: HealthProbeResult) {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/health`, {
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as HealthBody;
    const ms = performance.now() - started;
    if (!response.ok) {
      result.failures += 1;
      return;
    }
    result.allMs.push(ms);
    const queue = body.queue;
    if (queue && queue.active >= queue.maxConcurrent) {
      result.saturatedMs.push(ms);
    }
  } catch {
    result.failures += 1;
  }
}

const { baseUrl, gapMs } = workerData as { baseUrl: string; gapMs: number };
void probeUntilStopped(baseUrl, gapMs);
