import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { startDemoUpstream, type DemoUpstream } from "../demo-upstream/server";
import {
  startRedisServer,
  type TestRedisServer,
} from "../lib/store/testing/redis-server";
import { makeAttendee } from "./support/attendee";
import { createRsvp, readBody, waitForStatus } from "./support/api";
import { startApp, type AppServer } from "./support/app-server";
import { assertNoPersonalData } from "./support/fixtures";
import { saveScreen } from "./support/screens";

/**
 * Two instances with the staff area, sharing a real redis-server and the
 * demo site, as two dynos do: staff signed in on one see what the other
 * did.
 */
const password = "staff-cluster-password-3";

interface StaffCluster {
  redis: TestRedisServer;
  demo: DemoUpstream;
  one: AppServer;
  two: AppServer;
}

const test = base.extend<object, { cluster: StaffCluster }>({
  cluster: [
    async ({}, use) => {
      const redis = await startRedisServer();
      const demo = await startDemoUpstream({ port: 0 });
      const [one, two] = await Promise.all(
        [1, 2].map((n) =>
          startApp({
            REDIS_URL: redis.url,
            UPSTREAM_BASE_URL: demo.url,
            STAFF_PASSWORD: password,
            DYNO: `web.${n}`,
          }),
        ),
      );
      if (!one || !two) throw new Error("an instance did not start");
      await use({ redis, demo, one, two });
      await Promise.all([one.stop(), two.stop()]);
      await demo.close();
      await redis.stop();
      assertNoPersonalData(one.output() + two.output());
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

async function signIn(request: APIRequestContext, url: string) {
  const response = await request.post(`${url}/api/staff/login`, {
    data: { password },
  });
  expect(response.status()).toBe(200);
}

test("staff on one instance list the RSVPs of both, newest first", async ({
  cluster,
  playwright,
}) => {
  const attendee = await playwright.request.newContext();
  const staff = await playwright.request.newContext();
  const first = await createRsvp(attendee, cluster.one.url, makeAttendee());
  const second = await createRsvp(attendee, cluster.two.url, makeAttendee());
  await signIn(staff, cluster.one.url);

  const response = await staff.get(
    `${cluster.two.url}/api/staff/submissions?limit=10`,
  );
  const { items } = await readBody<{ items: { id: string }[] }>(response);
  await attendee.dispose();
  await staff.dispose();

  const ids = items.map((item) => item.id);
  expect(ids).toContain(first);
  expect(ids).toContain(second);
  expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
});

test("the staff page shows every live instance and who did each step", async ({
  cluster,
  page,
  request,
}, testInfo) => {
  const name = { firstName: "Aiko", lastName: "Tanaka" };
  const id = await createRsvp(request, cluster.one.url, makeAttendee(name));
  await waitForStatus(request, `${cluster.one.url}/api/rsvp/${id}`, "preview");

  await page.goto(`${cluster.two.url}/staff`);
  await page.getByLabel("Staff password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const instances = page.getByRole("table", { name: /live instances/ });
  await expect(instances.getByRole("rowheader")).toHaveText(["web.1", "web.2"]);
  await saveScreen(page, testInfo, "1-two-instances");
  await page.getByRole("link", { name: "Aiko Tanaka" }).first().click();

  const timeline = page.getByRole("list").filter({ hasText: "Queued" });
  await expect(timeline.getByRole("listitem")).toHaveCount(3);
  await expect(timeline).toContainText(/Preview ready.*by instance web\.1\./);
  await expect(
    page.getByRole("img", { name: /as filled in for/ }),
  ).toBeVisible();
  await saveScreen(page, testInfo, "2-details-from-the-other-instance");
});
