import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../browser/chromium";
import { createRsvpInputSchema } from "../rsvp/schema";
import { formMapSchema } from "./form-map-schema";
import { runSteps } from "./run-steps";
import { UpstreamError } from "./upstream-error";

/**
 * Field steps go to the page together; these check that the batch gives
 * the same results, step names and errors as running them one by one.
 */
const form = `
  <input id="first"><select id="country">
    <option value="">Choose</option><option value="pt">Portugal</option>
  </select><input id="agree" type="checkbox"><div id="slot"></div>
  <script>
    setTimeout(() => {
      document.querySelector("#slot").innerHTML = '<input id="late">';
    }, 300);
  </script>`;

const input = createRsvpInputSchema({ maxGuests: 2, sessionIds: [] }).parse({
  firstName: "Ana",
  lastName: "Silva",
  email: "ana@example.com",
  company: "Lisbon Secure Systems",
  country: "PT",
  attendance: "attending",
  consent: true,
});

function toMap(fill: unknown[]) {
  return formMapSchema.parse({
    name: "batch test",
    fill,
    submit: [{ action: "click", selector: "#send" }],
    confirmation: { selector: "#code", pattern: "." },
  });
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium({ executablePath: undefined });
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  page = await browser.newPage();
  await page.setContent(form);
});

describe("runSteps with field steps", () => {
  it("waits for a field that appears after the others are filled", async () => {
    const steps: string[] = [];
    const map = toMap([
      { action: "fill", selector: "#first", value: { field: "firstName" } },
      { action: "fill", selector: "#late", value: { field: "lastName" } },
      { action: "check", selector: "#agree", value: { field: "consent" } },
    ]);
    await runSteps(
      {
        page,
        map,
        baseUrl: "http://127.0.0.1",
        input,
        onStep: (name) => steps.push(name),
      },
      map.fill,
    );

    const values = await page.evaluate(() => [
      (document.querySelector("#first") as HTMLInputElement).value,
      (document.querySelector("#late") as HTMLInputElement).value,
      (document.querySelector("#agree") as HTMLInputElement).checked,
    ]);
    expect(values).toEqual(["Ana", "Silva", true]);
    expect(steps).toEqual([
      "step 1 (fill #first)",
      "step 2 (fill #late)",
      "step 3 (check #agree)",
    ]);
  });

  it("refuses an option the site lacks, on our field", async () => {
    const map = toMap([
      { action: "fill", selector: "#first", value: { field: "firstName" } },
      {
        action: "select",
        selector: "#country",
        by: "value",
        value: { field: "country" },
      },
    ]);
    const error: unknown = await runSteps(
      { page, map, baseUrl: "http://127.0.0.1", input },
      map.fill,
    ).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).details.fields).toHaveProperty("country");
    expect((error as UpstreamError).details.step).toBe(
      "step 2 (select #country)",
    );
  });
});
