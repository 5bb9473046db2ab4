import type { APIRequestContext } from "@playwright/test";
import { sealData, unsealData } from "iron-session";
import { makeAttendee } from "./support/attendee";
import {
  createRsvp,
  expectErrorShape,
  readBody,
  waitForStatus,
  type ErrorBody,
} from "./support/api";
import {
  expect,
  metricsToken,
  staffPassword,
  test,
} from "./support/staff-fixtures";

/**
 * The staff API of API.md (sign-in, submissions, the CSV export) over
 * real HTTP against the production build, a real Chromium and the demo
 * site.
 */
const password = staffPassword;
const secret = "e2e-secret-e2e-secret-e2e-secret-e2e";

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
