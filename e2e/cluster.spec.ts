import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test, type Cluster } from "./support/cluster-fixtures";
import { makeAttendee } from "./support/attendee";
import {
  createRsvp,
  getStatus,
  readBody,
  waitForStatus,
  type CreatedBody,
} from "./support/api";
import { fillRsvpForm, uniqueEmail } from "./support/fill-form";

/**
 * Three instances behind a round-robin nginx with no stickiness, sharing
 * a real redis-server: every step works wherever it lands, and the demo
 * site never sees an attendee twice.
 */
test.describe.configure({ mode: "serial" });

function upstreamOf(response: APIResponse): string {
  const header = response.headers()["x-upstream"] ?? "";
  return header.split(",").at(-1)?.trim() ?? "";
}

/** POSTs, retrying while nginx meets an instance that just died. */
async function post(request: APIRequestContext, url: string, data?: object) {
  for (let attempt = 0; ; attempt += 1) {
    const response = await request.post(url, data ? { data } : {});
    if (response.status() !== 502 || attempt > 5) return response;
  }
}

/** Creates an RSVP through nginx; answers where it landed and its URL. */
async function createThrough(cluster: Cluster, request: APIRequestContext) {
  const attendee = makeAttendee();
  const base = cluster.balancer.url;
  const created = await post(request, `${base}/api/rsvp`, attendee);
  const { id } = await readBody<CreatedBody>(created);

  return { attendee, created, url: `${base}/api/rsvp/${id}` };
}

function sentFor(cluster: Cluster, email: string) {
  return cluster.demo.registrations().filter((r) => r.email === email);
}

test("an attendee's steps land on different instances", async ({
  cluster,
  page,
}) => {
  const upstreams = new Set<string>();
  page.on("response", (response) => {
    const header = response.headers()["x-upstream"];
    if (header && response.url().includes("/api/")) upstreams.add(header);
  });
  const email = uniqueEmail("round");
  await page.goto(cluster.balancer.url);
  await fillRsvpForm(page, {
    firstName: "Jonas",
    lastName: "Berg",
    email,
    company: "Nordic Secure",
    country: "SE",
  });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await page.getByRole("button", { name: "Confirm and register" }).click();

  await expect(
    page.getByRole("heading", { name: "You're registered" }),
  ).toBeVisible();
  expect(upstreams.size).toBeGreaterThanOrEqual(2);
  expect(sentFor(cluster, email)).toHaveLength(1);
});

test("eight confirms at once on different instances register once", async ({
  cluster,
  request,
}) => {
  const { attendee, url } = await createThrough(cluster, request);
  await waitForStatus(request, url, "preview");

  const confirms = await Promise.all(
    Array.from({ length: 8 }, () => post(request, `${url}/confirm`)),
  );
  expect(new Set(confirms.map(upstreamOf)).size).toBe(3);
  await waitForStatus(request, url, "confirmed");
  expect(sentFor(cluster, attendee.email)).toHaveLength(1);
});

test("a confirm after the instance holding the preview died still registers once", async ({
  cluster,
  request,
}) => {
  const { attendee, created, url } = await createThrough(cluster, request);
  await waitForStatus(request, url, "preview");
  const holder = cluster.byUpstream(upstreamOf(created));
  await holder?.kill();

  const confirm = await post(request, `${url}/confirm`);
  expect(confirm.status()).toBe(202);
  const done = await waitForStatus(request, url, "confirmed");
  const sent = sentFor(cluster, attendee.email);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({
    confirmationNumber: done.confirmation?.number,
  });
});

test("an RSVP whose instance died while filling is finished by another", async ({
  cluster,
  request,
}) => {
  test.setTimeout(120_000);
  cluster.demo.setFaults({ latencyMs: 800 });
  const { attendee, created, url } = await createThrough(cluster, request);
  await waitForStatus(request, url, "filling");
  await cluster.byUpstream(upstreamOf(created))?.kill();
  cluster.demo.setFaults({ latencyMs: 0 });

  await expect
    .poll(async () => (await getStatus(request, url)).status, {
      timeout: 60_000,
    })
    .toBe("preview");
  await post(request, `${url}/confirm`);
  await waitForStatus(request, url, "confirmed");
  expect(sentFor(cluster, attendee.email)).toHaveLength(1);
});

test("Redis lost and back: health says so and nothing accepted is lost", async ({
  cluster,
  request,
}) => {
  test.setTimeout(120_000);
  const live = cluster.instances.filter((instance) => instance.isRunning());
  const [first] = live;
  const before = makeAttendee();
  const beforeUrl = `${cluster.balancer.url}/api/rsvp/${await createRsvp(request, cluster.balancer.url, before)}`;
  await waitForStatus(request, beforeUrl, "preview");

  await cluster.redis.stop();
  await expect
    .poll(() => getHealth(request, first?.url ?? ""), { timeout: 30_000 })
    .toMatchObject({ status: "DEGRADED", redis: "disconnected" });
  const during = makeAttendee();
  const duringId = await createRsvp(request, first?.url ?? "", during);
  await waitForStatus(request, `${first?.url}/api/rsvp/${duringId}`, "preview");

  await cluster.redis.start();
  for (const instance of live) {
    await expect
      .poll(() => getHealth(request, instance.url), { timeout: 40_000 })
      .toMatchObject({ status: "OK", redis: "connected" });
  }
  const duringUrl = `${cluster.balancer.url}/api/rsvp/${duringId}`;
  for (const url of [beforeUrl, duringUrl]) {
    await post(request, `${url}/confirm`);
    await waitForStatus(request, url, "confirmed");
  }
  expect(sentFor(cluster, before.email)).toHaveLength(1);
  expect(sentFor(cluster, during.email)).toHaveLength(1);
});

async function getHealth(request: APIRequestContext, baseUrl: string) {
  const response = await request.get(`${baseUrl}/api/health`);
  return readBody<{ status: string; redis: string }>(response);
}
