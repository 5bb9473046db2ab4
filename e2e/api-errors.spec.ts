import { expect, test } from "./support/fixtures";
import { makeAttendee } from "./support/attendee";
import {
  createRsvp,
  expectErrorShape,
  readBody,
  type ErrorBody,
} from "./support/api";

/** Bad input gets a clear 4xx in API.md's shape, never a 500. */

test("a body that is not JSON is invalid_json", async ({ app, request }) => {
  const response = await request.post(`${app.url}/api/rsvp`, {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });

  expect(response.status()).toBe(400);
  expectErrorShape(await response.json(), "invalid_json");
});

test("another media type is unsupported_media_type", async ({
  app,
  request,
}) => {
  const response = await request.post(`${app.url}/api/rsvp`, {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify(makeAttendee()),
  });

  expect(response.status()).toBe(415);
  expectErrorShape(await response.json(), "unsupported_media_type");
});

test("a body over 16 KiB is payload_too_large", async ({ app, request }) => {
  const response = await request.post(`${app.url}/api/rsvp`, {
    data: makeAttendee({ jobTitle: "x".repeat(17 * 1024) }),
  });

  expect(response.status()).toBe(413);
  expectErrorShape(await response.json(), "payload_too_large");
});

test("bad values and unknown keys name each field", async ({
  app,
  request,
}) => {
  const response = await request.post(`${app.url}/api/rsvp`, {
    data: makeAttendee({ email: "nope", guests: 9, consent: false, shoe: 42 }),
  });

  expect(response.status()).toBe(400);
  const body = await readBody<ErrorBody>(response);
  expectErrorShape(body, "validation_failed");
  expect(Object.keys(body.error.fields ?? {}).sort()).toEqual([
    "consent",
    "email",
    "guests",
    "shoe",
  ]);
});

test("a JSON value that is not an object is validation_failed", async ({
  app,
  request,
}) => {
  for (const data of ["null", "[]", "42", '"text"']) {
    const response = await request.post(`${app.url}/api/rsvp`, {
      headers: { "content-type": "application/json" },
      data: Buffer.from(data),
    });
    expect(response.status()).toBe(400);
    expectErrorShape(await response.json(), "validation_failed");
  }
});

test("a cross-site request is forbidden", async ({ app, request }) => {
  const crossSite: Record<string, string>[] = [
    { origin: "https://evil.example" },
    { "sec-fetch-site": "cross-site" },
  ];
  for (const headers of crossSite) {
    const response = await request.post(`${app.url}/api/rsvp`, {
      headers,
      data: makeAttendee(),
    });
    expect(response.status()).toBe(403);
    expectErrorShape(await response.json(), "forbidden");
  }
});

test("someone else's RSVP is not_found", async ({ app, playwright }) => {
  const owner = await playwright.request.newContext();
  const stranger = await playwright.request.newContext();
  const id = await createRsvp(owner, app.url, makeAttendee());

  for (const path of [`/api/rsvp/${id}`, `/api/rsvp/${id}/preview`]) {
    const response = await stranger.get(`${app.url}${path}`);
    expect(response.status()).toBe(404);
    expectErrorShape(await response.json(), "not_found");
  }
  const confirm = await stranger.post(`${app.url}/api/rsvp/${id}/confirm`);
  expect(confirm.status()).toBe(404);
  await owner.delete(`${app.url}/api/rsvp/${id}`);
  await Promise.all([owner.dispose(), stranger.dispose()]);
});

test("a malformed id is not_found", async ({ app, request }) => {
  for (const id of ["x", "../../etc/passwd", "%00", "a".repeat(500)]) {
    const response = await request.get(
      `${app.url}/api/rsvp/${encodeURIComponent(id)}`,
    );
    expect(response.status()).toBe(404);
  }
});
