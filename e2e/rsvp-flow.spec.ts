import { expect, test } from "./support/fixtures";
import { fillRsvpForm, uniqueEmail } from "./support/fill-form";
import { saveScreen } from "./support/screens";

/**
 * An attendee's whole RSVP in a real browser, on a desktop and a phone:
 * the form, the queue, the preview of the third-party form, the
 * confirmation number the third-party site issued.
 */
test("an attendee RSVPs and gets the site's confirmation number", async ({
  app,
  demo,
  page,
}, testInfo) => {
  const email = uniqueEmail("mei");
  await page.goto(app.url);
  await expect(
    page.getByRole("heading", { name: "Hikvision Partner Summit 2027" }),
  ).toBeVisible();
  await fillRsvpForm(page, {
    firstName: "美",
    lastName: "陈",
    email,
    company: "Hangzhou Vision Partners",
    country: "CN",
    phone: "+86 571 8807 5998",
    session: "Opening keynote",
  });
  await saveScreen(page, testInfo, "1-form");
  await page.getByRole("button", { name: "Send my RSVP" }).click();

  const confirm = page.getByRole("button", { name: "Confirm and register" });
  await expect(confirm).toBeVisible();
  await expect(
    page.getByRole("img", { name: /registration form/i }),
  ).toBeVisible();
  await saveScreen(page, testInfo, "2-preview");
  expect(demo.registrations().filter((r) => r.email === email)).toHaveLength(0);
  await confirm.click();

  await expect(
    page.getByRole("heading", { name: "You're registered" }),
  ).toBeVisible();
  const sent = demo.registrations().filter((r) => r.email === email);
  expect(sent).toHaveLength(1);
  const number = sent[0]?.accepted ? sent[0].confirmationNumber : "missing";
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await saveScreen(page, testInfo, "3-confirmed");
});

test("Edit returns to the form with the answers filled in", async ({
  app,
  page,
}) => {
  const email = uniqueEmail("ola");
  await page.goto(app.url);
  await fillRsvpForm(page, {
    firstName: "Ola",
    lastName: "Nordmann",
    email,
    company: "Bergen Alarm AS",
    country: "NO",
  });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await page.getByRole("button", { name: "Edit answers" }).click();

  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Company")).toHaveValue("Bergen Alarm AS");
  await expect(page.getByLabel("Country")).toHaveValue("NO");
});
