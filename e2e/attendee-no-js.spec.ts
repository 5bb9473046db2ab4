import { expect, test } from "./support/attendee-fixtures";
import { createRsvp, waitForStatus } from "./support/api";
import { makeAttendee } from "./support/attendee";
import { checkScreenWithoutScripts } from "./support/attendee-checks";
import { fillRsvpForm, uniqueEmail } from "./support/fill-form";

/**
 * Old phones and locked-down browsers: the form, the status page and its
 * buttons all work as plain HTML, with the server sending the browser on
 * (303) and keeping answers it could not take.
 */
test.use({ javaScriptEnabled: false });

const ana = {
  firstName: "Ana",
  lastName: "Silva",
  company: "Lisbon Secure Systems",
  country: "PT",
  session: "Opening keynote",
};

test("a refused form comes back with its answers and messages", async ({
  app,
  page,
}, testInfo) => {
  await page.goto(app.url);
  await page.getByLabel("First name").fill("Ana");
  await page.getByLabel("Email").fill("ana-at-example");
  await page.getByRole("button", { name: "Send my RSVP" }).click();

  await expect(page).toHaveURL(`${app.url}/#rsvp-errors`);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("First name")).toHaveValue("Ana");
  await expect(page.getByLabel("Email")).toHaveValue("ana-at-example");
  await expect(page.getByLabel("Email")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(
    page.getByRole("alert").getByRole("link", { name: /valid email/ }),
  ).toBeVisible();
  await checkScreenWithoutScripts(page, testInfo, "no-js-1-refused");
});

test("an attendee RSVPs, reviews and confirms without JavaScript", async ({
  app,
  demo,
  page,
}, testInfo) => {
  const email = uniqueEmail("ana");
  await page.goto(app.url);
  await fillRsvpForm(page, { ...ana, email });
  await page.getByRole("button", { name: "Send my RSVP" }).click();

  await expect(page).toHaveURL(/\/rsvp\/[\w-]{22}$/);
  // The page reloads itself while the form is filled in.
  const confirm = page.getByRole("button", { name: "Confirm and register" });
  await expect(confirm).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Zoom in" })).toBeHidden();
  await checkScreenWithoutScripts(page, testInfo, "no-js-2-preview");
  await confirm.click();

  await expect(
    page.getByRole("heading", { name: "You're registered" }),
  ).toBeVisible({ timeout: 60_000 });
  const [sent] = demo.registrations().filter((r) => r.email === email);
  const number = sent?.accepted ? sent.confirmationNumber : "none";
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy number" })).toBeHidden();
  await checkScreenWithoutScripts(page, testInfo, "no-js-3-confirmed");
});

test("Edit answers puts them back into the form without JavaScript", async ({
  app,
  page,
}, testInfo) => {
  const email = uniqueEmail("ana");
  await page.goto(app.url);
  await fillRsvpForm(page, { ...ana, email });
  await page.getByRole("button", { name: "Send my RSVP" }).click();
  await page
    .getByRole("button", { name: "Edit answers" })
    .click({ timeout: 60_000 });

  await expect(page).toHaveURL(`${app.url}/#rsvp-notice`);
  await expect(
    page.getByText("Your answers are filled in below"),
  ).toBeFocused();
  await expect(
    page.getByText("Your answers are filled in below"),
  ).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Opening keynote")).toBeChecked();
  await expect(page.getByLabel(/I agree that/)).toBeChecked();
  await checkScreenWithoutScripts(page, testInfo, "no-js-4-edit");
});

test("a busy service keeps the answers and offers to try again", async ({
  smallApp,
  slowDemo,
  page,
  request,
}, testInfo) => {
  const holders = [
    await createRsvp(request, smallApp.url, makeAttendee()),
    await createRsvp(request, smallApp.url, makeAttendee()),
  ];
  const email = uniqueEmail("ana");
  await page.goto(smallApp.url);
  await fillRsvpForm(page, { ...ana, email });
  await page.getByRole("button", { name: "Send my RSVP" }).click();

  await expect(page).toHaveURL(`${smallApp.url}/rsvp/wait`);
  await expect(
    page.getByRole("heading", {
      name: "Lots of people are answering right now",
    }),
  ).toBeVisible();
  await checkScreenWithoutScripts(page, testInfo, "no-js-5-busy");
  for (const id of holders)
    await request.delete(`${smallApp.url}/api/rsvp/${id}`);
  slowDemo.setFaults({ latencyMs: 0 });
  await page.getByRole("button", { name: "Try again" }).click();

  await expect(page).toHaveURL(/\/rsvp\/[\w-]{22}$/);
  const id = page.url().split("/").at(-1) ?? "";
  await waitForStatus(
    page.request,
    `${smallApp.url}/api/rsvp/${id}`,
    "preview",
  );
});
