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
    },
    { scope: "worker", timeout: 90_000 },
  ],
});

export { expect } from "@playwright/test";
