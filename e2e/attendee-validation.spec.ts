import type { Page } from "@playwright/test";
import { checkScreen } from "./support/attendee-checks";
import { fillRsvpForm, uniqueEmail } from "./support/fill-form";
import { expect, test } from "./support/fixtures";

/**
 * With JavaScript the form checks the answers in the browser, with the
 * API's own schema through react-hook-form, before anything is sent; a
 * message goes away as soon as the answer it is about is put right.
 */
test("the form checks answers in the browser before sending", async ({
  app,
  page,
}, testInfo) => {
  const sent = countRsvpPosts(page);
  await page.goto(app.url);
  await page.getByRole("button", { name: "Send my RSVP" }).click();

  const summary = page
    .getByRole("alert")
    .filter({ hasText: /There (is a problem|are problems)/ });
  await expect(summary).toContainText("Enter your first name");
  await expect(summary).toContainText("Agree to be registered to continue");
  await expect(summary).toBeFocused();
  const firstName = page.getByLabel("First name");
  await expect(firstName).toHaveAttribute("aria-invalid", "true");
  await expect(firstName).toHaveAccessibleDescription(/Enter your first name/);
  await checkScreen(page, testInfo, "validation-1-empty");

  await fillRsvpForm(page, {
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@",
    company: "Analytical Engines Ltd",
    country: "GB",
  });
  await expect(summary).toHaveText(/problem with 1 answer/);
  await expect(firstName).not.toHaveAttribute("aria-invalid");
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await expect(summary).toContainText("Enter a valid email address");
  expect(sent.count).toBe(0);

  await page.getByLabel("Email").fill(uniqueEmail("ada"));
  await expect(summary).toBeHidden();
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await expect(page).toHaveURL(/\/rsvp\/[^/]+$/);
  expect(sent.count).toBe(1);
});

/** Every RSVP the page sends, by either of the two ways it can send. */
function countRsvpPosts(page: Page): { count: number } {
  const sent = { count: 0 };
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    const isRsvp = path === "/rsvp" || path === "/api/rsvp";
    if (request.method() === "POST" && isRsvp) sent.count += 1;
  });

  return sent;
}
