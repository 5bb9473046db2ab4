import { test as base } from "@playwright/test";
import {
  startDemoUpstream,
  type DemoUpstream,
} from "../../demo-upstream/server";
import { startApp, type AppServer } from "./app-server";

interface WorkerFixtures {
  demo: DemoUpstream;
  app: AppServer;
}

/**
 * Each worker runs its own demo third-party site and its own app instance
 * pointed at it, so specs can count what reached the site.
 */
export const test = base.extend<object, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      const demo = await startDemoUpstream({
        port: 0,
        allowFaultControl: true,
      });
      await use(demo);
      await demo.close();
    },
    { scope: "worker" },
  ],
  app: [
    async ({ demo }, use) => {
      const app = await startApp({ UPSTREAM_BASE_URL: demo.url });
      await use(app);
      await app.stop();
      assertNoPersonalData(app.output());
    },
    { scope: "worker", timeout: 90_000 },
  ],
});

export { expect } from "@playwright/test";

/**
 * Every test attendee has an address at example.com (or .invalid) and a
 * phone number; none of them may reach the server's log.
 */
export function assertNoPersonalData(log: string): void {
  const leaks = log
    .split("\n")
    .filter((line) => /@example\.(com|invalid)|\+\d{2,3} \d/.test(line));
  if (leaks.length > 0) {
    throw new Error(`personal data in the server log:\n${leaks.join("\n")}`);
  }
}
