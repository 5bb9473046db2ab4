import { ConfigError, getConfig } from "./config";
import { getLogger } from "./log";
import { getRuntime } from "./rsvp/runtime";
import { startSweeper } from "./rsvp/sweeper";
import { startInstanceHeartbeat } from "./cluster/instance-heartbeat";

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
  startSweeper(runtime);
  startInstanceHeartbeat(runtime, () => false);
  runtime.browsers.warm().catch((error: unknown) => {
    getLogger().error({ err: error }, "the browser cannot start");
  });
  getLogger().info(
    { store: runtime.store.kind, upstream: runtime.upstream.map.name },
    "ready",
  );
}
