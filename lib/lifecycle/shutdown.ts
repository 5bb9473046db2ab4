import type { HeartbeatLoop } from "../cluster/heartbeat";
import { getLogger } from "../log";
import type { Runtime } from "../rsvp/runtime";
import { startDraining } from "./drain-state";

export interface ShutdownOptions {
  /** Longest wait for running jobs; Heroku SIGKILLs 30 s after SIGTERM. */
  drainMs: number;
  heartbeat: HeartbeatLoop;
  stopTimers: () => void;
}

/**
 * Owns the process's end (NEXT_MANUAL_SIG_HANDLE keeps Next.js from
 * exiting on its own). SIGTERM or SIGINT: stop taking work, hand queued
 * jobs back to the other instances, let running jobs finish within the
 * deadline, close every page and the browser, exit 0.
 */
export function installShutdown(runtime: Runtime, options: ShutdownOptions) {
  let isStarted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (isStarted) return;
    isStarted = true;
    void drainAndExit(runtime, options, signal);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  process.on("uncaughtException", (error) => {
    getLogger().fatal({ err: error }, "uncaught error; closing the browser");
    void closeEverything(runtime).finally(() => process.exit(1));
  });
}

async function drainAndExit(
  runtime: Runtime,
  options: ShutdownOptions,
  signal: NodeJS.Signals,
) {
  const started = Date.now();
  const log = getLogger();
  startDraining();
  await options.heartbeat.beat();
  const handedBack = abortWaitingJobs(runtime);
  log.info(
    { signal, handedBack, running: runtime.queue.stats.active },
    "draining",
  );

  const isDrained = await waitForIdle(runtime, options.drainMs);
  const cutShort = isDrained ? 0 : abortAllJobs(runtime);
  options.heartbeat.stop();
  options.stopTimers();
  await closeEverything(runtime);
  log.info(
    { handedBack, cutShort, ms: Date.now() - started },
    "drained; exiting",
  );
  process.exit(0);
}

/** Waiting jobs leave the queue; their RSVPs stay queued for another. */
function abortWaitingJobs(runtime: Runtime): number {
  let count = 0;
  for (const [id, controller] of runtime.jobs) {
    if (runtime.queue.positionOf(id) === null) continue;
    controller.abort(new Error("handed back: the instance is draining"));
    count += 1;
  }

  return count;
}

function abortAllJobs(runtime: Runtime): number {
  const count = runtime.jobs.size;
  for (const controller of runtime.jobs.values()) {
    controller.abort(new Error("cut short: the instance is stopping"));
  }

  return count;
}

async function waitForIdle(runtime: Runtime, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (runtime.queue.stats.active > 0) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return true;
}

async function closeEverything(runtime: Runtime): Promise<void> {
  const steps = [
    () => runtime.openPages.closeAll(),
    () => runtime.browsers.close(),
    () => runtime.store.close(),
    () => runtime.upstream.close(),
  ];
  for (const step of steps) {
    await step().catch((error: unknown) =>
      getLogger().warn({ err: error }, "shutdown step failed"),
    );
  }
}
