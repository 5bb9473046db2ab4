import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "./support/cluster-fixtures";
import { makeAttendee } from "./support/attendee";
import {
  createRsvp,
  readBody,
  waitForStatus,
  type ErrorBody,
} from "./support/api";
import { startApp } from "./support/app-server";

/**
 * SIGTERM on an instance with jobs running and queued: it refuses new
 * work, finishes what runs, hands the queue to the other instances,
 * leaves no Chromium behind, and exits 0.
 */
test("a draining instance hands its queue over and exits cleanly", async ({
  cluster,
  request,
}) => {
  test.setTimeout(120_000);
  const leaving = await startApp({
    REDIS_URL: cluster.redis.url,
    UPSTREAM_BASE_URL: cluster.demo.url,
    DYNO: "web.9",
    MAX_CONCURRENT_BROWSERS: "1",
  });
  cluster.demo.setFaults({ latencyMs: 250 });
  const ids = [];
  for (let n = 0; n < 3; n += 1) {
    ids.push(await createRsvp(request, leaving.url, makeAttendee()));
  }

  leaving.terminate();
  await expect
    .poll(async () => (await request.get(`${leaving.url}/api/health`)).status())
    .toBe(503);
  const refused = await request.post(`${leaving.url}/api/rsvp`, {
    data: makeAttendee(),
  });
  expect(refused.status()).toBe(503);
  expect(refused.headers()["retry-after"]).toBeTruthy();
  expect((await readBody<ErrorBody>(refused)).error.code).toBe("shutting_down");

  await expect.poll(() => leaving.exit(), { timeout: 30_000 }).toBe(0);
  expect(listBrowsersOf(leaving.pid)).toEqual([]);
  expect(leaving.output()).toMatch(/"msg":"drained; exiting"/);
  cluster.demo.setFaults({ latencyMs: 0 });
  for (const id of ids) {
    await waitForStatus(
      request,
      `${cluster.balancer.url}/api/rsvp/${id}`,
      "preview",
    );
  }
});

/** Chromium processes launched by the given Node process, still alive. */
function listBrowsersOf(ownerPid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const args = readFileSync(`/proc/${entry}/cmdline`, "utf8");
        return args.includes(`--rsvp-gateway-owner=${ownerPid}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}
