import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { makeAttendee } from "./support/attendee";
import { createRsvp, waitForStatus } from "./support/api";
import { expect, staffPassword, test as base } from "./support/staff-fixtures";
import { saveScreen } from "./support/screens";

/**
 * The staff pages in a real browser, on a desktop and a phone: sign-in,
 * live capacity, the submissions table, one RSVP's details and the form
 * check, each screenshot saved and checked with axe.
 */
const password = staffPassword;

interface Seeded {
  confirmedName: string;
  confirmedNumber: string;
}

const test = base.extend<{ seeded: Seeded }>({
  seeded: [
    async ({ staffApp, request }, use) => {
      await use(await seedRsvps(request, staffApp.url));
    },
    { scope: "test" },
  ],
});

/** One RSVP confirmed, one at its preview, one cancelled. */
async function seedRsvps(
  request: APIRequestContext,
  baseUrl: string,
): Promise<Seeded> {
  const confirmed = makeAttendee({ firstName: "Mei", lastName: "Chen" });
  const url = `${baseUrl}/api/rsvp/${await createRsvp(request, baseUrl, confirmed)}`;
  const previewId = await createRsvp(
    request,
    baseUrl,
    makeAttendee({ firstName: "Kwame", lastName: "Owusu" }),
  );
  const cancelledId = await createRsvp(request, baseUrl, makeAttendee());
  await request.delete(`${baseUrl}/api/rsvp/${cancelledId}`);
  await waitForStatus(request, url, "preview");
  await request.post(`${url}/confirm`);
  const done = await waitForStatus(request, url, "confirmed");
  await waitForStatus(request, `${baseUrl}/api/rsvp/${previewId}`, "preview");

  return {
    confirmedName: "Mei Chen",
    confirmedNumber: done.confirmation?.number ?? "",
  };
}

async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) =>
    ["serious", "critical"].includes(violation.impact ?? ""),
  );

  expect(serious.map((violation) => violation.id)).toEqual([]);
}

async function signIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/staff`);
  await page.getByLabel("Staff password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("heading", { name: "Staff", level: 1 }),
  ).toBeVisible();
}

test("staff sign in and find every RSVP and its details", async ({
  page,
  staffApp,
  seeded,
}, testInfo) => {
  await page.goto(`${staffApp.url}/staff`);
  await expect(
    page.getByRole("heading", { name: "Staff sign-in" }),
  ).toBeVisible();
  await expectAccessible(page);
  await saveScreen(page, testInfo, "1-sign-in");

  await page.getByLabel("Staff password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: /password is not right/ }),
  ).toBeVisible();
  await expect(page.getByLabel("Staff password")).toBeFocused();
  await expectAccessible(page);
  await saveScreen(page, testInfo, "2-wrong-password");

  await signIn(page, staffApp.url);
  const table = page.getByRole("table", { name: /^RSVPs.*newest first/ });
  await expect(
    table.getByRole("link", { name: seeded.confirmedName }),
  ).toBeVisible();
  await expect(table.getByText("Cancelled")).toBeVisible();
  await expect(
    page.getByRole("table", { name: /live instance/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await saveScreen(page, testInfo, "3-dashboard");

  await page.getByLabel("Status").selectOption("confirmed");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/status=confirmed/);
  await expect(table.getByRole("row")).toHaveCount(2);
  await table.getByRole("link", { name: seeded.confirmedName }).click();

  await expect(
    page.getByRole("heading", { name: `RSVP from ${seeded.confirmedName}` }),
  ).toBeVisible();
  await expect(page.getByText(seeded.confirmedNumber)).toBeVisible();
  await expect(
    page.getByRole("img", { name: /as filled in for/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Confirmed" }),
  ).toBeVisible();
  await expectAccessible(page);
  await saveScreen(page, testInfo, "4-rsvp-details");
});

test("the form check reports each step and a screenshot", async ({
  page,
  staffApp,
}, testInfo) => {
  await signIn(page, staffApp.url);

  await page.getByRole("button", { name: "Run the form check" }).click();

  await expect(page.getByRole("status")).toHaveText(/form check passed/, {
    timeout: 30_000,
  });
  const steps = page.getByRole("table", { name: /Steps of the form map/ });
  await expect(
    steps.getByRole("row", { name: /show the review page/ }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /test identity/ })).toBeVisible();
  await expectAccessible(page);
  await saveScreen(page, testInfo, "5-form-check");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(
    page.getByRole("heading", { name: "Staff sign-in" }),
  ).toBeVisible();
});

test("a failing form check names the step", async ({
  page,
  demo,
  staffApp,
}, testInfo) => {
  await signIn(page, staffApp.url);
  demo.setFaults({ renameField: "org_name" });

  await page.getByRole("button", { name: "Run the form check" }).click();

  await expect(page.getByRole("status")).toHaveText(/failed at: .*#org_name/, {
    timeout: 30_000,
  });
  demo.setFaults({ renameField: null });
  await expectAccessible(page);
  await saveScreen(page, testInfo, "6-form-check-failed");
});
