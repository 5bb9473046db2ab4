import { test as base } from "@playwright/test";
import {
  startDemoUpstream,
  type DemoUpstream,
} from "../../demo-upstream/server";
import {
  startRedisServer,
  type TestRedisServer,
} from "../../lib/store/testing/redis-server";
import { startApp, type AppServer } from "./app-server";
import { assertNoPersonalData } from "./fixtures";
import { startBalancer, type Balancer } from "./nginx";

export interface Cluster {
  redis: TestRedisServer;
  demo: DemoUpstream;
  instances: AppServer[];
  balancer: Balancer;
  /** The instance whose address nginx reported in X-Upstream. */
  byUpstream: (address: string) => AppServer | undefined;
}

/**
 * Three app instances sharing a real redis-server, the demo site alone,
 * and a real nginx in front: the shape of a Heroku app with three dynos.
 */
export const test = base.extend<object, { cluster: Cluster }>({
  cluster: [
    async ({}, use) => {
      const redis = await startRedisServer({ persist: true });
      const demo = await startDemoUpstream({ port: 0 });
      const instances = await Promise.all(
        [1, 2, 3].map((n) =>
          startApp({
            REDIS_URL: redis.url,
            UPSTREAM_BASE_URL: demo.url,
            DYNO: `web.${n}`,
          }),
        ),
      );
      const balancer = await startBalancer(instances.map((app) => app.url));
      const byUpstream = (address: string) =>
        instances.find((app) => app.url === `http://${address}`);
      await use({ redis, demo, instances, balancer, byUpstream });
      await balancer.stop();
      await Promise.all(instances.map((app) => app.stop()));
      for (const app of instances) assertNoPersonalData(app.output());
      await demo.close();
      await redis.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

export { expect } from "@playwright/test";
