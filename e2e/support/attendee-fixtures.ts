import type { DemoUpstream } from "../../demo-upstream/server";
import { startApp, type AppServer } from "./app-server";
import { assertNoPersonalData, test as base } from "./fixtures";

interface AttendeeWorkerFixtures {
  /**
   * One browser slot and room for one more in the queue, so a second
   * RSVP waits and a third is refused as busy (503, Retry-After).
   */
  smallApp: AppServer;
  /** Unconfirmed RSVPs expire after 30 seconds, the shortest allowed. */
  briefApp: AppServer;
}

interface AttendeeFixtures {
  /** The worker's demo site answering every request 1.5 s late. */
  slowDemo: DemoUpstream;
}

/** The worker's demo site, with app instances configured to be tight. */
export const test = base.extend<AttendeeFixtures, AttendeeWorkerFixtures>({
  smallApp: [
    async ({ demo }, use) => {
      const app = await startApp({
        UPSTREAM_BASE_URL: demo.url,
        MAX_CONCURRENT_BROWSERS: "1",
        MAX_QUEUE: "1",
      });
      await use(app);
      await app.stop();
      assertNoPersonalData(app.output());
    },
    { scope: "worker", timeout: 90_000 },
  ],
  briefApp: [
    async ({ demo }, use) => {
      const app = await startApp({
        UPSTREAM_BASE_URL: demo.url,
        SESSION_TTL_SECONDS: "30",
      });
      await use(app);
      await app.stop();
      assertNoPersonalData(app.output());
    },
    { scope: "worker", timeout: 90_000 },
  ],
  // The tuple form, as the worker fixtures are written.
  slowDemo: [
    async ({ demo }, use) => {
      demo.setFaults({ latencyMs: 1500 });
      await use(demo);
      demo.setFaults({ latencyMs: 0 });
    },
    { scope: "test" },
  ],
});

export { expect } from "./fixtures";
