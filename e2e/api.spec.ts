import { expect, test } from "./support/fixtures";
import { makeAttendee } from "./support/attendee";
import {
  createRsvp,
  getActiveJobs,
  readBody,
  waitForStatus,
  type CreatedBody,
  type ErrorBody,
} from "./support/api";
import type { RsvpEvent } from "../lib/event/schema";
import type { RsvpStatusView } from "../lib/rsvp/status";

/**
 * The HTTP contract of API.md, over real HTTP against the production
 * build, a real Chromium and the demo third-party site.
 */
test("GET /api/event describes the event", async ({ app, request }) => {
  const response = await request.get(`${app.url}/api/event`);

  expect(response.status()).toBe(200);
  const event = await readBody<RsvpEvent>(response);
  expect(event).toMatchObject({ timezone: "Asia/Shanghai", maxGuests: 2 });
  expect(event.sessions.length).toBeGreaterThanOrEqual(4);
});

test("health answers GET and HEAD with the queue", async ({ app, request }) => {
  const health = await request.get(`${app.url}/api/health`);
  const head = await request.head(`${app.url}/api/health`);

  expect(await health.json()).toMatchObject({
    status: "OK",
    message: "Server is running",
    queue: { active: 0, pending: 0, maxConcurrent: 3 },
    redis: "not configured",
  });
  expect(head.status()).toBe(200);
});

test("an RSVP goes from queued to confirmed", async ({
  app,
  demo,
  request,
}) => {
  const attendee = makeAttendee();
  const created = await request.post(`${app.url}/api/rsvp`, { data: attendee });
  expect(created.status()).toBe(202);
  const { id, status, position } = await readBody<CreatedBody>(created);
  expect(["queued", "filling"]).toContain(status);
  expect(position).toBe(0);

  const url = `${app.url}/api/rsvp/${id}`;
  const preview = await waitForStatus(request, url, "preview");
  const image = await request.get(`${app.url}${preview.previewUrl ?? ""}`);
  expect(image.headers()["content-type"]).toBe("image/webp");
  expect(image.headers()["cache-control"]).toBe("private, no-store");

  const confirm = await request.post(`${url}/confirm`);
  expect(confirm.status()).toBe(202);
  const done = await waitForStatus(request, url, "confirmed");
  const sent = demo.registrations().filter((r) => r.email === attendee.email);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({
    accepted: true,
    confirmationNumber: done.confirmation?.number,
  });
});

test("confirming many times registers once", async ({ app, demo, request }) => {
  const attendee = makeAttendee();
  const url = `${app.url}/api/rsvp/${await createRsvp(request, app.url, attendee)}`;
  await waitForStatus(request, url, "preview");

  const answers = await Promise.all(
    Array.from({ length: 8 }, () => request.post(`${url}/confirm`)),
  );
  const statuses = answers.map((answer) => answer.status());
  expect(statuses.every((status) => [200, 202].includes(status))).toBe(true);
  await waitForStatus(request, url, "confirmed");
  const again = await request.post(`${url}/confirm`);
  expect(again.status()).toBe(200);
  expect((await readBody<RsvpStatusView>(again)).status).toBe("confirmed");
  const sent = demo.registrations().filter((r) => r.email === attendee.email);
  expect(sent).toHaveLength(1);
});

test("confirm before the preview is refused with 409", async ({
  app,
  demo,
  request,
}) => {
  demo.setFaults({ latencyMs: 1_500 });
  const id = await createRsvp(request, app.url, makeAttendee());
  const confirm = await request.post(`${app.url}/api/rsvp/${id}/confirm`);
  await request.delete(`${app.url}/api/rsvp/${id}`);
  demo.setFaults({ latencyMs: 0 });

  expect(confirm.status()).toBe(409);
  expect((await readBody<ErrorBody>(confirm)).error.code).toBe("invalid_state");
});

test("two routes see the same queue", async ({ app, demo, request }) => {
  await expect.poll(() => getActiveJobs(request, app.url)).toBe(0);
  demo.setFaults({ latencyMs: 2_000 });
  const id = await createRsvp(request, app.url, makeAttendee());

  // The job started by POST /api/rsvp is counted by GET /api/health.
  await expect.poll(() => getActiveJobs(request, app.url)).toBe(1);
  await request.delete(`${app.url}/api/rsvp/${id}`);
  demo.setFaults({ latencyMs: 0 });
});

test("a cancelled RSVP says so and frees its work", async ({
  app,
  request,
}) => {
  const id = await createRsvp(request, app.url, makeAttendee());
  const cancel = await request.delete(`${app.url}/api/rsvp/${id}`);

  expect(cancel.status()).toBe(200);
  expect(await cancel.json()).toEqual({ status: "cancelled" });
  const url = `${app.url}/api/rsvp/${id}`;
  expect((await readBody<RsvpStatusView>(await request.get(url))).status).toBe(
    "cancelled",
  );
  await expect.poll(() => getActiveJobs(request, app.url)).toBe(0);
});

test("the site's refusal comes back on our field", async ({ app, request }) => {
  const attendee = makeAttendee();
  const first = `${app.url}/api/rsvp/${await createRsvp(request, app.url, attendee)}`;
  await waitForStatus(request, first, "preview");
  await request.post(`${first}/confirm`);
  await waitForStatus(request, first, "confirmed");

  const second = `${app.url}/api/rsvp/${await createRsvp(request, app.url, attendee)}`;
  await waitForStatus(request, second, "preview");
  await request.post(`${second}/confirm`);
  const end = await waitForStatus(request, second, "failed");
  expect(end.error?.code).toBe("upstream_rejected");
  expect(Object.keys(end.error?.fields ?? {})).toEqual(["email"]);
});
