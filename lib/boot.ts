import { ConfigError, getConfig } from "./config";
import { getLogger } from "./log";
import { getRuntime } from "./rsvp/runtime";
import { startSweeper } from "./rsvp/sweeper";
import { killOrphanedBrowsers } from "./browser/orphans";
import { startInstanceHeartbeat } from "./cluster/instance-heartbeat";
import { getDrainState } from "./lifecycle/drain-state";
import { installShutdown } from "./lifecycle/shutdown";
import { startFormCheckSchedule } from "./staff/form-check-schedule";

/**
 * Start-up of a server process: refuse to run on a bad configuration,
 * validate the event and the form map, start the sweeper and warm the
 * browser so the first attendee does not pay for its launch.
 */
export async function boot(): Promise<void> {
  try {
    getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems)
        process.stderr.write(`${problem}\n`);
      process.exit(1);
    }
    throw error;
  }

  const runtime = await getRuntime().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
  const killed = killOrphanedBrowsers();
  if (killed.length > 0) {
    getLogger().warn(
      { pids: killed },
      "ended browsers left by a killed process",
    );
  }
  const stopSweeper = startSweeper(runtime);
  startFormCheckSchedule(runtime);
  const heartbeat = startInstanceHeartbeat(
    runtime,
    () => getDrainState().isDraining,
  );
  installShutdown(runtime, {
    drainMs: runtime.config.drainSeconds * 1000,
    heartbeat,
    stopTimers: stopSweeper,
  });
  runtime.browsers.warm().catch((error: unknown) => {
    getLogger().error({ err: error }, "the browser cannot start");
  });
  getLogger().info(
    { store: runtime.store.kind, upstream: runtime.upstream.map.name },
    "ready",
  );
}
