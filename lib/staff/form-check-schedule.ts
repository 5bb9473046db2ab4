import type { Logger } from "pino";
import { ApiError } from "../http/api-error";
import { getLogger } from "../log";
import type { SessionStore } from "../store/types";
import type { FormCheckReport } from "../upstream/form-check";
import { runFormCheck, type CheckRuntime } from "./form-check";

/**
 * Runs the form check every FORM_CHECK_INTERVAL_MINUTES. A lock in the
 * store, held for most of an interval and never released, lets one
 * instance of the cluster check per interval instead of every dyno.
 */
export function startFormCheckSchedule(
  runtime: CheckRuntime & {
    store: SessionStore;
    config: { formCheckIntervalMinutes: number };
  },
): () => void {
  const minutes = runtime.config.formCheckIntervalMinutes;
  if (minutes === 0) return () => undefined;

  return scheduleFormCheck({
    store: runtime.store,
    everyMs: minutes * 60_000,
    run: (log) => runFormCheck(runtime, { trigger: "schedule", log }),
  });
}

/** The loop itself, with its period and check as parameters for tests. */
export function scheduleFormCheck(options: {
  store: SessionStore;
  everyMs: number;
  run: (log: Pick<Logger, "info" | "error">) => Promise<FormCheckReport>;
  log?: Pick<Logger, "info" | "warn" | "error">;
}): () => void {
  const log = options.log ?? getLogger();
  const lockMs = Math.floor(options.everyMs * 0.9);
  const tick = async () => {
    const token = await options.store
      .acquireLock("form-check:scheduled", lockMs)
      .catch(() => null);
    if (!token) return;

    await options.run(log).catch((error: unknown) => {
      const reason = error instanceof ApiError ? error.code : "error";
      log.warn({ reason }, "scheduled form check did not run");
    });
  };
  const timer = setInterval(() => void tick(), options.everyMs);
  timer.unref();

  return () => clearInterval(timer);
}
