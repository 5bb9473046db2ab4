import fc from "fast-check";
import { expect, test } from "./support/fixtures";
import { createRsvp, readBody, type ErrorBody } from "./support/api";
import { makeAttendee } from "./support/attendee";

/**
 * Whatever arrives — any JSON, any headers, any id — the answer is a 2xx
 * or a 4xx in API.md's error shape, never a 500, and the service stays
 * healthy. Real HTTP against the production build.
 */
test.describe.configure({ timeout: 180_000 });

const errorCodes = new Set([
  "validation_failed",
  "invalid_json",
  "unsupported_media_type",
  "payload_too_large",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "invalid_state",
  "rate_limited",
  "busy",
]);

const headerValue = fc.oneof(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "null",
    "https://evil.example",
    "cross-site",
    "same-origin",
  ),
  fc.string({ maxLength: 40 }).map((text) => text.replace(/[^\x20-\x7e]/g, "")),
);

const headers = fc.record(
  {
    "content-type": headerValue,
    origin: headerValue,
    "sec-fetch-site": headerValue,
    "x-forwarded-for": headerValue,
  },
  { requiredKeys: [] },
);

/** Bodies near the valid one are the ones that find bugs. */
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .dictionary(
      fc.constantFrom(...Object.keys(makeAttendee()), "extra", "__proto__"),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map((fields) => ({ ...makeAttendee(), ...fields })),
);

function expectSafeAnswer(status: number, text: string): void {
  expect(status, text).toBeLessThan(500);
  if (status < 400) return;
  const parsed = JSON.parse(text) as ErrorBody;
  expect(errorCodes.has(parsed.error.code), text).toBe(true);
  expect(typeof parsed.error.message).toBe("string");
}

test("POST /api/rsvp never answers 500, whatever the body and headers", async ({
  app,
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(body, headers, async (data, extra) => {
      const response = await request.post(`${app.url}/api/rsvp`, {
        headers: { "content-type": "application/json", ...extra },
        data: Buffer.from(JSON.stringify(data) ?? "null"),
      });
      const text = await response.text();
      expectSafeAnswer(response.status(), text);
      if (response.status() === 202) {
        const { id } = JSON.parse(text) as { id: string };
        await request.delete(`${app.url}/api/rsvp/${id}`);
      }
    }),
    { numRuns: 400 },
  );

  const health = await request.get(`${app.url}/api/health`);
  expect((await readBody<{ status: string }>(health)).status).toBe("OK");
});

test("the RSVP routes never answer 500 for any id or header", async ({
  app,
  request,
}) => {
  const own = await createRsvp(request, app.url, makeAttendee());
  const id = fc.oneof(
    fc.constant(own),
    fc.string({ maxLength: 64 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{22}$/),
  );
  const method = fc.constantFrom(
    "GET",
    "DELETE",
    "POST confirm",
    "GET preview",
  );

  await fc.assert(
    fc.asyncProperty(id, method, headers, async (rsvpId, which, extra) => {
      const path = `/api/rsvp/${encodeURIComponent(rsvpId)}`;
      const [verb, suffix] = which.split(" ");
      const url = `${app.url}${path}${suffix ? `/${suffix}` : ""}`;
      const response = await request.fetch(url, {
        method: verb ?? "GET",
        headers: extra,
      });
      const text = await response.text();
      expect(response.status(), `${which} ${rsvpId}`).toBeLessThan(500);
      if (response.status() >= 400) expectSafeAnswer(response.status(), text);
    }),
    { numRuns: 400 },
  );
});
