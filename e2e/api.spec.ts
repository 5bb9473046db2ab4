import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { makeAttendee } from "./support/attendee";

/**
 * The HTTP contract of API.md, over real HTTP against the production
 * build, a real Chromium and the demo third-party site.
 */
async function waitForStatus(
  request: APIRequestContext,
  url: string,
  wanted: string,
) {
  await expect
    .poll(async () => (await (await request.get(url)).json()).status, {
      timeout: 30_000,
    })
    .toBe(wanted);
  return (await request.get(url)).json();
}

test("GET /api/event describes the event", async ({ app, request }) => {
  const response = await request.get(`${app.url}/api/event`);

  expect(response.status()).toBe(200);
  const event = await response.json();
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

test("an RSVP goes from queued to confirmed", async ({ app, demo, request }) => {
  const attendee = makeAttendee();
  const created = await request.post(`${app.url}/api/rsvp`, { data: attendee });
  expect(created.status()).toBe(202);
  const { id, status, position } = await created.json();
  expect(["queued", "filling"]).toContain(status);
  expect(position).toBe(0);

  const url = `${app.url}/api/rsvp/${id}`;
  const preview = await waitForStatus(request, url, "preview");
  const image = await request.get(`${app.url}${preview.previewUrl}`);
  expect(image.headers()["content-type"]).toBe("image/webp");
  expect(image.headers()["cache-control"]).toBe("private, no-store");

  const confirm = await request.post(`${url}/confirm`);
  expect(confirm.status()).toBe(202);
  const done = await waitForStatus(request, url, "confirmed");
  const sent = demo.registrations().filter((r) => r.email === attendee.email);
  expect(sent).toHaveLength(1);
  expect(done.confirmation.number).toBe(sent[0]?.confirmationNumber);
});

test("confirming many times registers once", async ({ app, demo, request }) => {
  const attendee = makeAttendee();
  const { id } = await (
    await request.post(`${app.url}/api/rsvp`, { data: attendee })
  ).json();
  const url = `${app.url}/api/rsvp/${id}`;
  await waitForStatus(request, url, "preview");

  const answers = await Promise.all(
    Array.from({ length: 8 }, () => request.post(`${url}/confirm`)),
  );
  expect(answers.every((answer) => [200, 202].includes(answer.status()))).toBe(true);
  await waitForStatus(request, url, "confirmed");
  const again = await request.post(`${url}/confirm`);
  expect(again.status()).toBe(200);
  expect((await again.json()).status).toBe("confirmed");
  const sent = demo.registrations().filter((r) => r.email === attendee.email);
  expect(sent).toHaveLength(1);
});

test("confirm before the preview is refused with 409", async ({ app, demo, request }) => {
  demo.setFaults({ latencyMs: 1_500 });
  const { id } = await (
    await request.post(`${app.url}/api/rsvp`, { data: makeAttendee() })
  ).json();
  const confirm = await request.post(`${app.url}/api/rsvp/${id}/confirm`);
  await request.delete(`${app.url}/api/rsvp/${id}`);
  demo.setFaults({ latencyMs: 0 });

  expect(confirm.status()).toBe(409);
  expect((await confirm.json()).error.code).toBe("invalid_state");
});

test("two routes see the same queue", async ({ app, demo, request }) => {
  demo.setFaults({ latencyMs: 2_000 });
  const { id } = await (
    await request.post(`${app.url}/api/rsvp`, { data: makeAttendee() })
  ).json();
  const health = await (await request.get(`${app.url}/api/health`)).json();
  await request.delete(`${app.url}/api/rsvp/${id}`);
  demo.setFaults({ latencyMs: 0 });

  expect(health.queue.active).toBe(1);
});

test("a cancelled RSVP says so and frees its work", async ({ app, request }) => {
  const { id } = await (
    await request.post(`${app.url}/api/rsvp`, { data: makeAttendee() })
  ).json();
  const cancel = await request.delete(`${app.url}/api/rsvp/${id}`);

  expect(cancel.status()).toBe(200);
  expect(await cancel.json()).toEqual({ status: "cancelled" });
  const status = await (await request.get(`${app.url}/api/rsvp/${id}`)).json();
  expect(status.status).toBe("cancelled");
  await expect
    .poll(async () => (await (await request.get(`${app.url}/api/health`)).json()).queue.active)
    .toBe(0);
});

test("the site's refusal comes back on our field", async ({ app, request }) => {
  const attendee = makeAttendee();
  for (const round of [1, 2]) {
    const { id } = await (
      await request.post(`${app.url}/api/rsvp`, { data: attendee })
    ).json();
    const url = `${app.url}/api/rsvp/${id}`;
    await waitForStatus(request, url, "preview");
    await request.post(`${url}/confirm`);
    const end = await waitForStatus(request, url, round === 1 ? "confirmed" : "failed");
    if (round === 2) {
      expect(end.error.code).toBe("upstream_rejected");
      expect(Object.keys(end.error.fields)).toEqual(["email"]);
    }
  }
});
