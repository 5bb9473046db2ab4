import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/attendee-fixtures";
import { checkScreen, expectLargeTargets } from "./support/attendee-checks";
import { fillRsvpForm, uniqueEmail } from "./support/fill-form";

/**
 * Every screen of the attendee's pages that the flow specs do not reach,
 * each checked with axe, for sideways scrolling and saved as a
 * screenshot; on a desktop and a phone, and some in dark mode and at the
 * narrowest phone width.
 */
const kim = {
  firstName: "Min-jun",
  lastName: "Kim",
  company: "Seoul Smart Buildings",
  country: "KR",
  session: "AI video analytics workshop",
};

test("the invitation: targets, messages without layout shift", async ({
  app,
  page,
}, testInfo) => {
  await page.goto(app.url);
  await expectLargeTargets(page);
  await checkScreen(page, testInfo, "screens-1-invitation");
  const shifts = await watchLayoutShifts(page);
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "problems" }),
  ).toBeFocused();

  expect(await shifts()).toBeLessThan(0.01);
  await checkScreen(page, testInfo, "screens-2-invitation-errors");
});

test.describe("at 320 px in dark mode", () => {
  test.use({ viewport: { width: 320, height: 640 }, colorScheme: "dark" });

  test("the invitation and its messages", async ({ app, page }, testInfo) => {
    await page.goto(app.url);
    await checkScreen(page, testInfo, "screens-3-narrow-dark");
    await page.getByRole("button", { name: "Send my RSVP" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "problems" }),
    ).toBeVisible();
    await checkScreen(page, testInfo, "screens-4-narrow-dark-errors");
  });
});

test("the review, zoomed, then sending and confirmed", async ({
  app,
  slowDemo,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await fillRsvpForm(page, { ...kim, email: uniqueEmail("kim") });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  const confirm = page.getByRole("button", { name: "Confirm and register" });
  await expect(confirm).toBeVisible({ timeout: 90_000 });
  await expectLargeTargets(page);
  await checkScreen(page, testInfo, "screens-5-review");

  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(
    page.getByRole("region", { name: /Zoomed screenshot/ }),
  ).toBeVisible();
  await checkScreen(page, testInfo, "screens-6-review-zoomed");
  await confirm.click();
  await expect(
    page.getByRole("heading", { name: "Sending your registration…" }),
  ).toBeFocused();
  await checkScreen(page, testInfo, "screens-7-sending");
  slowDemo.setFaults({ latencyMs: 0 });

  await expect(
    page.getByRole("heading", { name: "You're registered" }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expectLargeTargets(page);
  await expectCalendarLinks(page);
  await checkScreen(page, testInfo, "screens-8-confirmed");
});

test("a cancelled RSVP", async ({ app, page }, testInfo) => {
  await page.goto(app.url);
  await fillRsvpForm(page, { ...kim, email: uniqueEmail("kim") });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await page.getByRole("button", { name: "Cancel" }).click({ timeout: 60_000 });

  await expect(
    page.getByRole("heading", { name: "Your RSVP was cancelled" }),
  ).toBeFocused();
  await checkScreen(page, testInfo, "screens-9-cancelled");
});

test("pages that do not exist", async ({ app, page }, testInfo) => {
  const unknown = await page.goto(`${app.url}/no-such-page`);
  expect(unknown?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { name: "We can't find that page" }),
  ).toBeVisible();
  await checkScreen(page, testInfo, "screens-10-not-found");

  const someoneElses = await page.goto(
    `${app.url}/rsvp/AAAAAAAAAAAAAAAAAAAAAA`,
  );
  expect(someoneElses?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { name: "We can't find this RSVP" }),
  ).toBeVisible();
  await checkScreen(page, testInfo, "screens-11-rsvp-not-found");
});

/**
 * Sums the layout shifts that no input caused (what CLS counts) from
 * now on. The answer is a function that reads the sum so far.
 */
async function watchLayoutShifts(page: Page) {
  await page.evaluate(() => {
    const holder = window as unknown as { shiftSum: number };
    holder.shiftSum = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        };
        if (!shift.hadRecentInput) holder.shiftSum += shift.value;
      }
    }).observe({ type: "layout-shift", buffered: false });
  });

  return () =>
    page.evaluate(() => (window as unknown as { shiftSum: number }).shiftSum);
}

async function expectCalendarLinks(page: Page) {
  const downloading = page.waitForEvent("download");
  await page
    .getByRole("link", { name: "Download calendar file (.ics)" })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(
    "hikvision-partner-summit-2027.ics",
  );
  const ics = await readFile(await download.path(), "utf8");
  expect(ics).toContain("DTSTART:20270318T010000Z");

  const google = page.getByRole("link", { name: /Add to Google Calendar/ });
  await expect(google).toHaveAttribute(
    "href",
    /^https:\/\/calendar\.google\.com\//,
  );
  const map = page.getByRole("link", { name: /Open in Google Maps/ });
  await expect(map).toHaveAttribute(
    "href",
    /^https:\/\/www\.google\.com\/maps\/search\//,
  );
}
