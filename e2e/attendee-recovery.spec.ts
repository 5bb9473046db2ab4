import type { Page } from "@playwright/test";
import { expect, test } from "./support/attendee-fixtures";
import { checkScreen } from "./support/attendee-checks";
import { fillRsvpForm, uniqueEmail } from "./support/fill-form";

/**
 * Never lost: a reload keeps the answers, a closed tab finds the RSVP
 * again, a refused registration brings the third-party site's message to
 * the right field, and an expired one starts again with the answers.
 */
const grace = {
  firstName: "Grace",
  lastName: "Hopper",
  company: "Harvard Mark I",
  country: "US",
  session: "Opening keynote",
};

test("a reload in the middle of the form keeps the answers", async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await page.getByLabel("First name").fill("Grace");
  await page.getByLabel("Email").fill("grace@example.com");
  await page.getByLabel("Country").selectOption("US");
  await page.getByLabel("Can't attend").check();
  await page.reload();

  await expect(page.getByLabel("First name")).toHaveValue("Grace");
  await expect(page.getByLabel("Email")).toHaveValue("grace@example.com");
  await expect(page.getByLabel("Country")).toHaveValue("US");
  await expect(page.getByLabel("Can't attend")).toBeChecked();
  // Questions about the visit are hidden for someone who can't come.
  await expect(page.getByLabel("Dietary requirements")).toBeHidden();
});

test("a closed tab finds its RSVP again from the invitation", async ({
  app,
  context,
  page,
}, testInfo) => {
  await page.goto(app.url);
  await fillRsvpForm(page, { ...grace, email: uniqueEmail("grace") });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await expect(page).toHaveURL(/\/rsvp\//);
  const statusUrl = page.url();
  await page.close();

  const again = await context.newPage();
  await again.goto(app.url);
  await expect(
    again.getByText("You have an RSVP that isn't finished yet"),
  ).toBeVisible();
  await checkScreen(again, testInfo, "recovery-1-resume");
  await again
    .getByRole("link", { name: "Continue where you left off" })
    .click();
  await expect(again).toHaveURL(statusUrl);
  await expect(
    again.getByRole("button", { name: "Confirm and register" }),
  ).toBeVisible({ timeout: 60_000 });
});

test("a refusal by the third-party site comes back on its field", async ({
  app,
  page,
}, testInfo) => {
  const email = uniqueEmail("grace");
  await registerOnce(page, app.url, email);
  await page.goto(app.url);
  await fillRsvpForm(page, { ...grace, email });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await page
    .getByRole("button", { name: "Confirm and register" })
    .click({ timeout: 60_000 });

  await expect(
    page.getByRole("heading", {
      name: "We couldn't complete your registration",
    }),
  ).toBeVisible({ timeout: 60_000 });
  await checkScreen(page, testInfo, "recovery-2-failed");
  await page.getByRole("button", { name: "Fix my answers" }).click();

  await expect(page.getByLabel("Email")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.locator("#rsvp-email-error")).toHaveText(
    /already registered/,
  );
  const summary = page.getByRole("alert").filter({ hasText: "problem" });
  await expect(summary).toBeVisible();
  await expect(page).toHaveURL(`${app.url}/#rsvp-errors`);
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Company")).toHaveValue(grace.company);
  await checkScreen(page, testInfo, "recovery-3-fix");

  await page.getByLabel("Email").fill(uniqueEmail("grace"));
  await expect(page.locator("#rsvp-email-error")).toBeHidden();
});

test("an expired RSVP starts again with its answers", async ({
  briefApp,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("grace");
  await page.goto(briefApp.url);
  await fillRsvpForm(page, { ...grace, email });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await expect(
    page.getByRole("button", { name: "Confirm and register" }),
  ).toBeVisible({
    timeout: 60_000,
  });

  // Nobody confirms; the preview lapses 30 s after its last change.
  await expect(
    page.getByRole("heading", { name: "This RSVP has expired" }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await checkScreen(page, testInfo, "recovery-4-expired");
  await page
    .getByRole("button", { name: "Start again with my answers" })
    .click();

  await expect(page.getByText("Your earlier RSVP expired")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Opening keynote")).toBeChecked();
  await checkScreen(page, testInfo, "recovery-5-start-again");
});

async function registerOnce(page: Page, url: string, email: string) {
  await page.goto(url);
  await fillRsvpForm(page, { ...grace, email });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await page
    .getByRole("button", { name: "Confirm and register" })
    .click({ timeout: 60_000 });
  await expect(
    page.getByRole("heading", { name: "You're registered" }),
  ).toBeVisible({
    timeout: 60_000,
  });
}
