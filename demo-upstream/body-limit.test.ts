import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { readCsrfToken, TestBrowser, toFormBody } from "./test-browser";
import { completeSteps, validAnswers } from "./test-journey";

describe("posted bodies", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  it("over 32 KiB get 413 and lose no saved answers", async () => {
    await completeSteps(browser);
    const page = await browser.get("/register/attendance");
    const refused = await browser.post("/register/attendance", {
      ...validAnswers.attendance,
      meal_notes: "x".repeat(33 * 1024),
      _csrf: readCsrfToken(page.text),
    });
    const review = await browser.get("/register/review");

    expect(refused.status).toBe(413);
    expect(refused.text).toContain("larger than 32 KiB");
    expect(review.status).toBe(200);
  });

  it("of exactly 32 KiB are read", async () => {
    const page = await browser.get("/register/personal");
    const form = toFormBody({
      ...validAnswers.personal,
      _csrf: readCsrfToken(page.text),
    });
    const padding = "&pad=".padEnd(32 * 1024 - form.length, "x");
    const saved = await browser.post("/register/personal", form + padding);

    expect(saved.status).toBe(303);
  });

  it("that are not url-encoded forms are refused with 415", async () => {
    const page = await browser.get("/register/personal");
    const refused = await browser.post(
      "/register/personal",
      JSON.stringify({
        ...validAnswers.personal,
        _csrf: readCsrfToken(page.text),
      }),
      { contentType: "application/json" },
    );

    expect(refused.status).toBe(415);
  });
});
