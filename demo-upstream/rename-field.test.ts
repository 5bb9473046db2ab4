import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { findTag, TestBrowser } from "./test-browser";
import { postStep, validAnswers } from "./test-journey";

describe("the renameField fault", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({
      port: 0,
      faults: { renameField: "org_name" },
    });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  it("renders the field with a new name, id and label", async () => {
    const page = await browser.get("/register/company");

    expect(findTag(page.text, "organisation_name")).toMatch(
      /name="organisation_name"/,
    );
    expect(page.text).toContain(
      '<label for="organisation_name">Company / organisation</label>',
    );
    expect(page.text).not.toMatch(/"org_name"/);
  });

  it("accepts the form under the new name", async () => {
    const { org_name: company, ...rest } = validAnswers.company;
    const saved = await postStep(browser, {
      path: "/register/company",
      form: { ...rest, organisation_name: company ?? "" },
    });

    expect(saved.status).toBe(303);
  });

  it("no longer knows the old name", async () => {
    const page = await postStep(browser, {
      path: "/register/company",
      form: validAnswers.company,
    });

    expect(page.status).toBe(400);
    expect(page.text).toContain(
      '<a href="#organisation_name">Enter your company or organisation</a>',
    );
    expect(page.text).toContain('id="organisation_name-error"');
  });

  it("renames a radio group's option ids with it", async () => {
    upstream.setFaults({ renameField: "rsvp_response" });
    const page = await browser.get("/register/attendance");

    expect(findTag(page.text, "will_attend_yes")).toMatch(
      /name="will_attend" value="yes"/,
    );
    expect(findTag(page.text, "rsvp_yes")).toBeUndefined();
  });

  it("goes back to the agreed names when the fault is cleared", async () => {
    upstream.setFaults({ renameField: null });
    const page = await browser.get("/register/company");

    expect(findTag(page.text, "org_name")).toMatch(/name="org_name"/);
  });
});
