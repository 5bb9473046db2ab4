import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { readCsrfToken, TestBrowser } from "./test-browser";
import { completeSteps, postStep, validAnswers } from "./test-journey";

describe("the review page", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  it("sends a visitor without a session to the first step", async () => {
    const review = await browser.get("/register/review");

    expect(review.status).toBe(303);
    expect(review.location).toBe("/register/personal");
  });

  it("sends the attendee to the first step not yet done", async () => {
    await postStep(browser, {
      path: "/register/personal",
      form: validAnswers.personal,
    });
    const afterPersonal = await browser.get("/register/review");
    await postStep(browser, {
      path: "/register/company",
      form: validAnswers.company,
    });
    const afterCompany = await browser.get("/register/review");

    expect(afterPersonal.location).toBe("/register/company");
    expect(afterCompany.location).toBe("/register/attendance");
  });

  it("shows every answer in words rather than codes", async () => {
    await completeSteps(browser);
    const review = await browser.get("/register/review");

    expect(review.status).toBe(200);
    expect(review.text).toContain('<dl id="review-summary"');
    for (const shown of [
      "United Kingdom",
      "+44 20 7946 0000",
      "Opening keynote",
      "Access control &amp; intercom roadmap",
      "Vegetarian",
      "Yes, I will attend",
    ]) {
      expect(review.text).toContain(shown);
    }
    expect(review.text).not.toContain("AI video analytics workshop");
  });

  it("offers a submit form and links back to each step", async () => {
    await completeSteps(browser);
    const review = await browser.get("/register/review");

    expect(review.text).toContain(
      '<form id="submit-form" method="post" action="/register/submit">',
    );
    expect(review.text).toMatch(
      /<button type="submit" id="submit-registration"/,
    );
    expect(review.text).toContain('href="/register/company#org_country"');
  });

  it("records nothing for a submit before the steps are done", async () => {
    const page = await browser.get("/register/personal");
    const submit = await browser.post("/register/submit", {
      _csrf: readCsrfToken(page.text),
    });

    expect(submit.status).toBe(303);
    expect(submit.location).toBe("/register/personal");
    expect(upstream.registrations()).toEqual([]);
  });

  it("redirects /register/complete to the start without a code", async () => {
    const complete = await browser.get("/register/complete");

    expect(complete.status).toBe(303);
    expect(complete.location).toBe("/register/personal");
  });
});
