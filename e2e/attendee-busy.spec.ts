import { expect, test } from "./support/attendee-fixtures";
import { createRsvp, waitForStatus } from "./support/api";
import { makeAttendee } from "./support/attendee";
import { checkScreen } from "./support/attendee-checks";
import { fillRsvpForm, uniqueEmail } from "./support/fill-form";

/**
 * Many attendees answer in the same minute. The service refuses what it
 * cannot queue (503, Retry-After); the page says so, waits as long as
 * asked plus a little, and sends again by itself.
 */
const linus = {
  firstName: "Linus",
  lastName: "Berg",
  company: "Nordic Access AB",
  country: "SE",
};

test("a busy answer is retried by itself", async ({
  smallApp,
  slowDemo,
  page,
  request,
}, testInfo) => {
  // One RSVP takes the only browser slot, another the only queue place.
  const holders = [
    await createRsvp(request, smallApp.url, makeAttendee()),
    await createRsvp(request, smallApp.url, makeAttendee()),
  ];
  await page.goto(smallApp.url);
  await fillRsvpForm(page, { ...linus, email: uniqueEmail("linus") });
  await page.getByRole("button", { name: "Send my RSVP" }).click();

  const waiting = page
    .getByRole("status")
    .filter({ hasText: "we'll retry in" });
  await expect(waiting).toContainText("Lots of people are answering right now");
  await expect(
    page.getByRole("button", { name: "Try again now" }),
  ).toBeVisible();
  await checkScreen(page, testInfo, "busy-1-waiting");
  for (const id of holders)
    await request.delete(`${smallApp.url}/api/rsvp/${id}`);
  slowDemo.setFaults({ latencyMs: 0 });

  // Nobody clicks: the page sends again after Retry-After (5 s) and a bit.
  await expect(page).toHaveURL(/\/rsvp\/[\w-]{22}$/, { timeout: 20_000 });
  const id = page.url().split("/").at(-1) ?? "";
  await waitForStatus(
    page.request,
    `${smallApp.url}/api/rsvp/${id}`,
    "preview",
  );
});

test("a queued RSVP shows its place, then moves on by itself", async ({
  smallApp,
  slowDemo,
  page,
  request,
}, testInfo) => {
  const holder = await createRsvp(request, smallApp.url, makeAttendee());
  await page.goto(smallApp.url);
  await fillRsvpForm(page, { ...linus, email: uniqueEmail("linus") });
  await page.getByRole("button", { name: "Send my RSVP" }).click();

  await expect(
    page.getByRole("heading", { name: "You're in the queue — you're next" }),
  ).toBeVisible({ timeout: 20_000 });
  await checkScreen(page, testInfo, "busy-2-queued");
  await request.delete(`${smallApp.url}/api/rsvp/${holder}`);

  await expect(
    page.getByRole("heading", { name: "Filling in the registration form…" }),
  ).toBeVisible({ timeout: 20_000 });
  await checkScreen(page, testInfo, "busy-3-filling");
  slowDemo.setFaults({ latencyMs: 0 });
  await expect(
    page.getByRole("button", { name: "Confirm and register" }),
  ).toBeVisible({
    timeout: 60_000,
  });
});
