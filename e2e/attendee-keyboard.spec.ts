import type { Locator, Page } from "@playwright/test";
import { checkScreen, tabTo } from "./support/attendee-checks";
import { uniqueEmail } from "./support/fill-form";
import { expect, test } from "./support/fixtures";

/**
 * The whole RSVP with the keyboard alone, on a desktop and a phone: skip
 * link, the error summary that takes focus and leads to each field,
 * radios, checkboxes and a select, then review, confirm and copy.
 */
test("an attendee RSVPs by keyboard alone", async ({
  app,
  demo,
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const email = uniqueEmail("ada");
  await page.goto(app.url);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Skip to main/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await sendByKeyboard(page);

  const summary = page.getByRole("alert").filter({ hasText: "problems" });
  await expect(summary).toBeFocused();
  await checkScreen(page, testInfo, "keyboard-1-summary");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("First name")).toBeFocused();
  await answerByKeyboard(page, email);
  await sendByKeyboard(page);

  await pressWhenShown(page, "Confirm and register");
  const done = page.getByRole("heading", { name: "You're registered" });
  await expect(done).toBeFocused({ timeout: 60_000 });
  await pressWhenShown(page, "Copy number");
  await expect(
    page.getByRole("status").filter({ hasText: "Copied" }),
  ).toBeVisible();
  const [sent] = demo.registrations().filter((r) => r.email === email);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(sent?.accepted ? sent.confirmationNumber : "none");
  await checkScreen(page, testInfo, "keyboard-2-confirmed");
});

/** From the first field on: typing, a select, a radio and checkboxes. */
async function answerByKeyboard(page: Page, email: string) {
  await page.keyboard.type("Ada");
  await typeInto(page, "Last name", "Lovelace");
  await typeInto(page, "Email", email);
  await typeInto(page, "Company", "Analytical Engines Ltd");
  await typeInto(page, "Country", "Portugal");
  await expect(page.getByLabel("Country")).toHaveValue("PT");
  await tick(page, page.getByRole("radio", { name: "Attending", exact: true }));
  await tick(page, page.getByLabel("Opening keynote"));
  await tick(page, page.getByLabel(/I agree that/));
}

async function sendByKeyboard(page: Page) {
  await tabTo(page, page.getByRole("button", { name: "Send my RSVP" }));
  await page.keyboard.press("Enter");
}

async function pressWhenShown(page: Page, name: string) {
  const button = page.getByRole("button", { name });
  await expect(button).toBeVisible({ timeout: 60_000 });
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}

async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label));
  await page.keyboard.type(text);
}

/** A radio or checkbox: Tab to it, Space to choose it. */
async function tick(page: Page, box: Locator) {
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}
