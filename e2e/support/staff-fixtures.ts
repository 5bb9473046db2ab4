import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { startApp, type AppServer } from "./app-server";
import { assertNoPersonalData, expect, test as base } from "./fixtures";

/** The staff area's password and the metrics token of `staffApp`. */
export const staffPassword = "staff-e2e-password-42";
export const metricsToken = "metrics-e2e-token-42";

interface StaffFixtures {
  /** Signed in as staff, from an address of its own. */
  staff: APIRequestContext;
  /** An attendee's client: no staff cookie, an address of its own. */
  attendee: APIRequestContext;
}

/**
 * An app instance with the staff area and metrics turned on, beside the
 * worker's demo site; its log must hold no personal data at the end.
 */
export const test = base.extend<StaffFixtures, { staffApp: AppServer }>({
  staffApp: [
    async ({ demo }, use) => {
      const app = await startApp({
        UPSTREAM_BASE_URL: demo.url,
        STAFF_PASSWORD: staffPassword,
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
        data: { password: staffPassword },
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

export { expect };

/**
 * A client with an X-Forwarded-For of its own (from the documentation
 * range), so the sign-in limit of one test does not reach another.
 */
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

/** The server's JSON log lines, skipping anything else it printed. */
export function toLogLines(output: string): Record<string, unknown>[] {
  return output.split("\n").flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}
