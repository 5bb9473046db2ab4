import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { sealData, unsealData } from "iron-session";
import { parseMetrics, readSample } from "../lib/metrics/testing/parse-metrics";
import type { FormCheckReport } from "../lib/upstream/form-check";
import { makeAttendee } from "./support/attendee";
import {
  createRsvp,
  expectErrorShape,
  readBody,
  waitForStatus,
  type ErrorBody,
} from "./support/api";
import { startApp, type AppServer } from "./support/app-server";
import { assertNoPersonalData, expect, test as base } from "./support/fixtures";

/**
 * The staff API and the operators' endpoints of API.md, over real HTTP
 * against the production build, a real Chromium and the demo site.
 */
const password = "staff-e2e-password-42";
const metricsToken = "metrics-e2e-token-42";
const secret = "e2e-secret-e2e-secret-e2e-secret-e2e";

interface StaffFixtures {
  /** Signed in as staff, from an address of its own. */
  staff: APIRequestContext;
  /** An attendee's browser: no staff cookie. */
  attendee: APIRequestContext;
}

const test = base.extend<StaffFixtures, { staffApp: AppServer }>({
  staffApp: [
    async ({ demo }, use) => {
      const app = await startApp({
        UPSTREAM_BASE_URL: demo.url,
        STAFF_PASSWORD: password,
        METRICS_TOKEN: metricsToken,
      });
      await use(app);
      await app.stop();
      assertNoPersonalData(app.output());
    },
    { scope: "worker", timeout: 90_000 },
  ],
  // Test fixtures in the tuple form, as the worker ones are written.
  staff: [
    async ({ playwright, staffApp }, use) => {
      const staff = await newClient(playwright.request, staffApp.url);
      const login = await staff.post("/api/staff/login", {
        data: { password },
      });
      expect(login.status()).toBe(200);
      await use(staff);
      await staff.dispose();
    },
    { scope: "test" },
  ],
  attendee: [
    async ({ playwright, staffApp }, use) => {
      const attendee = await newClient(playwright.request, staffApp.url);
      await use(attendee);
      await attendee.dispose();
    },
    { scope: "test" },
  ],
});

/** A client with an address of its own, so rate limits do not mix. */
function newClient(
  request: { newContext: (options: object) => Promise<APIRequestContext> },
  baseURL: string,
) {
  const address = `2001:db8::${randomBytes(4).toString("hex")}`;
  return request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": address },
  });
}

async function readStaffCookie(client: APIRequestContext): Promise<string> {
  const state = await client.storageState();
  return state.cookies.find((cookie) => cookie.name === "rsvp")?.value ?? "";
}

test.describe("signing in", () => {
  test("a wrong password answers 401 and no staff cookie", async ({
    attendee,
  }) => {
    const response = await attendee.post("/api/staff/login", {
      data: { password: "not-the-password" },
    });

    expect(response.status()).toBe(401);
    expectErrorShape(await response.json(), "unauthorized");
    const list = await attendee.get("/api/staff/submissions");
    expect(list.status()).toBe(403);
    expectErrorShape(await list.json(), "forbidden");
  });

  test("the right password opens the staff API", async ({ staff }) => {
    const response = await staff.get("/api/staff/submissions");

    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ items: expect.any(Array) });
  });

  test("a tampered cookie is refused", async ({
    staff,
    playwright,
    staffApp,
  }) => {
    const value = await readStaffCookie(staff);
    const flipped = value.slice(0, 40) + (value[40] === "a" ? "b" : "a");
    const forger = await playwright.request.newContext({
      baseURL: staffApp.url,
      extraHTTPHeaders: { cookie: `rsvp=${flipped}${value.slice(41)}` },
    });

    const response = await forger.get("/api/staff/submissions");
    await forger.dispose();

    expect(response.status()).toBe(403);
  });

  test("a sign-in past its time is refused", async ({
    staff,
    playwright,
    staffApp,
  }) => {
    const passwords = { "1": secret };
    const data = await unsealData<Record<string, unknown>>(
      await readStaffCookie(staff),
      { password: passwords },
    );
    expect(data.staffUntil).toEqual(expect.any(Number));
    const lapsed = await sealData(
      { ...data, staffUntil: Date.now() - 1_000 },
      { password: passwords },
    );
    const client = await playwright.request.newContext({
      baseURL: staffApp.url,
      extraHTTPHeaders: { cookie: `rsvp=${lapsed}` },
    });

    const response = await client.get("/api/staff/submissions");
    await client.dispose();

    expect(response.status()).toBe(403);
  });

  test("a sixth attempt in a minute is rate-limited", async ({ attendee }) => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await attendee.post("/api/staff/login", {
        data: { password: `guess-${attempt}` },
      });
      statuses.push(response.status());
      if (response.status() === 429) {
        expect(response.headers()["retry-after"]).toBe("60");
        expectErrorShape(await response.json(), "rate_limited");
      }
    }

    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await attendee.post("/api/staff/login", {
      data: { password },
    });
    expect(right.status()).toBe(429);
  });

  test("bad bodies get the error shape, never a 500", async ({ attendee }) => {
    const unknownKey = await attendee.post("/api/staff/login", {
      data: { password, remember: true },
    });
    const notJson = await attendee.post("/api/staff/login", {
      headers: { "content-type": "text/plain" },
      data: "password",
    });
    const empty = await attendee.post("/api/staff/login", {
      data: { password: "" },
    });

    expect(unknownKey.status()).toBe(400);
    const refused = await readBody<ErrorBody>(unknownKey);
    expect(refused.error.fields).toHaveProperty("remember");
    expect(notJson.status()).toBe(415);
    expect(empty.status()).toBe(400);
    expectErrorShape(await empty.json(), "validation_failed");
  });

  test("a sign-in from another site is refused", async ({ attendee }) => {
    const response = await attendee.post("/api/staff/login", {
      headers: { origin: "https://evil.example" },
      data: { password },
    });

    expect(response.status()).toBe(403);
    expectErrorShape(await response.json(), "forbidden");
  });

  test("signing out closes the staff API", async ({ staff }) => {
    const logout = await staff.post("/api/staff/logout", { data: {} });

    expect(logout.status()).toBe(200);
    expect((await staff.get("/api/staff/submissions")).status()).toBe(403);
  });
});

test.describe("without STAFF_PASSWORD", () => {
  test("every staff route and page answers 404", async ({ app, request }) => {
    const answers = await Promise.all([
      request.post(`${app.url}/api/staff/login`, { data: { password } }),
      request.post(`${app.url}/api/staff/logout`, { data: {} }),
      request.get(`${app.url}/api/staff/submissions`),
      request.get(`${app.url}/api/staff/confirmed.csv`),
      request.get(`${app.url}/api/staff/form-check`),
      request.get(`${app.url}/staff`),
      request.get(`${app.url}/staff/rsvp/AAAAAAAAAAAAAAAAAAAAAA`),
      request.get(`${app.url}/api/metrics`, {
        headers: { authorization: `Bearer ${metricsToken}` },
      }),
    ]);

    expect(answers.map((answer) => answer.status())).toEqual(
      Array.from({ length: 8 }, () => 404),
    );
  });
});

test.describe("submissions", () => {
  test("lists a new RSVP with its answers' name, e-mail and company", async ({
    staff,
    attendee,
    staffApp,
  }) => {
    const answers = makeAttendee({ firstName: "Lin", lastName: "Wei" });
    const id = await createRsvp(attendee, staffApp.url, answers);

    const page = await readBody<{ items: { id: string }[] }>(
      await staff.get("/api/staff/submissions?limit=5"),
    );

    expect(page.items.find((item) => item.id === id)).toMatchObject({
      name: "Lin Wei",
      email: answers.email,
      company: answers.company,
    });
  });

  test("checks its query", async ({ staff }) => {
    for (const query of ["limit=0", "limit=101", "status=won", "sort=asc"]) {
      const response = await staff.get(`/api/staff/submissions?${query}`);
      expect(response.status(), query).toBe(400);
      expectErrorShape(await response.json(), "validation_failed");
    }
  });

  test("staff read any RSVP's status and preview, but cannot confirm it", async ({
    staff,
    attendee,
    staffApp,
  }) => {
    const id = await createRsvp(attendee, staffApp.url, makeAttendee());
    await waitForStatus(attendee, `${staffApp.url}/api/rsvp/${id}`, "preview");

    const status = await staff.get(`/api/rsvp/${id}`);
    const preview = await staff.get(`/api/rsvp/${id}/preview`);
    const confirm = await staff.post(`/api/rsvp/${id}/confirm`);
    const cancel = await staff.delete(`/api/rsvp/${id}`);

    expect(status.status()).toBe(200);
    expect(preview.headers()["content-type"]).toBe("image/webp");
    expect(confirm.status()).toBe(404);
    expect(cancel.status()).toBe(404);
    await attendee.delete(`/api/rsvp/${id}`);
  });
});

test("the CSV export is spreadsheet-safe and reads in Excel", async ({
  staff,
  attendee,
  staffApp,
}) => {
  const answers = makeAttendee({
    firstName: "芳",
    lastName: "王",
    company: '=HYPERLINK("http://evil.example","Click")',
  });
  const url = `${staffApp.url}/api/rsvp/${await createRsvp(attendee, staffApp.url, answers)}`;
  await waitForStatus(attendee, url, "preview");
  await attendee.post(`${url}/confirm`);
  const done = await waitForStatus(attendee, url, "confirmed");

  const response = await staff.get("/api/staff/confirmed.csv");
  const bytes = await response.body();
  const text = bytes.toString("utf8");
  const row = text.split("\r\n").find((line) => line.includes(answers.email));

  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toContain("attachment");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(text).toContain("Confirmation number,Confirmed at (UTC)");
  expect(row).toContain(`${done.confirmation?.number}`);
  expect(row).toContain("芳,王");
  expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
  expect(row).toContain("'+351 21 123 4567");
});

test.describe("the form check", () => {
  test("passes against the site as mapped and sends nothing", async ({
    staff,
    demo,
  }) => {
    const sent = demo.registrations().length;

    const response = await staff.get("/api/staff/form-check");
    const report = await readBody<FormCheckReport>(response);

    expect(response.status()).toBe(200);
    expect(report).toMatchObject({ ok: true, error: null });
    expect(report.steps.every((step) => step.ok)).toBe(true);
    expect(report.screenshot).toMatch(/^data:image\/webp;base64,/);
    expect(demo.registrations()).toHaveLength(sent);
  });

  test("names the step when the site renamed a field", async ({
    staff,
    demo,
    staffApp,
  }) => {
    demo.setFaults({ renameField: "org_name" });
    const response = await staff.get("/api/staff/form-check");
    demo.setFaults({ renameField: null });
    const report = await readBody<FormCheckReport>(response);

    expect(response.status()).toBe(200);
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe("upstream_changed");
    expect(report.error?.step).toContain("#org_name");
    expect(staffApp.output()).toMatch(
      /"level":50.*form check failed at: .*#org_name/,
    );
  });

  test("is staff-only", async ({ attendee }) => {
    expect((await attendee.get("/api/staff/form-check")).status()).toBe(403);
  });
});

test.describe("metrics", () => {
  test("answer Prometheus text to the token's bearer only", async ({
    staffApp,
    attendee,
  }) => {
    const id = await createRsvp(attendee, staffApp.url, makeAttendee());
    await waitForStatus(attendee, `${staffApp.url}/api/rsvp/${id}`, "preview");
    await attendee.delete(`/api/rsvp/${id}`);

    const refused = await attendee.get("/api/metrics", {
      headers: { authorization: "Bearer wrong" },
    });
    const response = await attendee.get("/api/metrics", {
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    const families = parseMetrics(await response.text());

    expect(refused.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("text/plain");
    expect(
      readSample(families, "rsvp_jobs_total", { outcome: "preview" }),
    ).toBeGreaterThanOrEqual(1);
    expect(readSample(families, "rsvp_queue_max_concurrent")).toBe(3);
    expect(readSample(families, "rsvp_browser_launches_total")).toBe(1);
    expect(readSample(families, "rsvp_browser_crashes_total")).toBe(0);
    expect(readSample(families, "rsvp_cluster_instances")).toBe(1);
    expect(families.get("rsvp_step_duration_seconds")?.type).toBe("HISTOGRAM");
    // Sampled every 5 s from /proc, beside the heartbeat.
    await expect
      .poll(async () => {
        const again = await attendee.get("/api/metrics", {
          headers: { authorization: `Bearer ${metricsToken}` },
        });
        const text = await again.text();
        return readSample(parseMetrics(text), "rsvp_browser_memory_bytes");
      })
      .toBeGreaterThan(20 * 1024 * 1024);
  });
});

test.describe("logs", () => {
  test("every line of a request carries its id, echoed in the answer", async ({
    attendee,
    staffApp,
  }) => {
    const given = `req-${randomBytes(6).toString("hex")}`;

    const response = await attendee.post("/api/rsvp", {
      headers: { "x-request-id": given },
      data: makeAttendee(),
    });
    const forged = await attendee.get("/api/health", {
      headers: { "x-request-id": "<script>alert(1)</script>" },
    });
    const { id } = await readBody<{ id: string }>(response);
    await attendee.delete(`/api/rsvp/${id}`);

    expect(response.headers()["x-request-id"]).toBe(given);
    expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const lines = toLogLines(staffApp.output()).filter(
      (line) => line.requestId === given,
    );
    expect(lines.map((line) => line.msg)).toContain("queued");
    expect(lines.every((line) => typeof line.instance === "string")).toBe(true);
  });

  test("each state change is one JSON line with its id and duration", async ({
    attendee,
    staffApp,
  }) => {
    const id = await createRsvp(attendee, staffApp.url, makeAttendee());
    await waitForStatus(attendee, `${staffApp.url}/api/rsvp/${id}`, "preview");
    await attendee.delete(`/api/rsvp/${id}`);

    await expect
      .poll(() =>
        toLogLines(staffApp.output())
          .filter((line) => line.rsvpId === id && line.msg === "state changed")
          .map((line) => `${String(line.from)}>${String(line.to)}`),
      )
      .toEqual(["queued>filling", "filling>preview", "preview>cancelled"]);
    const change = toLogLines(staffApp.output()).find(
      (line) => line.rsvpId === id && line.to === "preview",
    );
    expect(change).toMatchObject({
      ms: expect.any(Number),
      owner: expect.any(String),
    });
  });
});

function toLogLines(output: string): Record<string, unknown>[] {
  return output.split("\n").flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}
