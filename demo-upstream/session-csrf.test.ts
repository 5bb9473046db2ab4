import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { readCsrfToken, TestBrowser } from "./test-browser";
import { completeSteps, validAnswers } from "./test-journey";

const expiredMessage = "Your session has expired. Please start again.";

describe("sessions and CSRF tokens", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  it("starts a session with an HttpOnly, SameSite=Lax cookie", async () => {
    const page = await browser.get("/register/company");

    expect(page.headers.get("set-cookie")).toMatch(
      /^demo_sid=[\w-]{16,}; HttpOnly; SameSite=Lax; Path=\/$/,
    );
  });

  it("keeps the same session on later requests", async () => {
    await browser.get("/register/personal");
    const again = await browser.get("/register/company");

    expect(again.headers.get("set-cookie")).toBeNull();
  });

  it("puts a hidden CSRF token in every form", async () => {
    for (const step of ["personal", "company", "attendance"]) {
      const page = await browser.get(`/register/${step}`);

      expect(page.text).toMatch(/<input type="hidden" name="_csrf" value="/);
    }
  });

  it("refuses a post without a CSRF token with 403", async () => {
    await browser.get("/register/personal");
    const refused = await browser.post(
      "/register/personal",
      validAnswers.personal,
    );

    expect(refused.status).toBe(403);
    expect(refused.text).toContain(expiredMessage);
    expect(refused.text).toContain('href="/register/personal"');
  });

  it("refuses a post with a wrong CSRF token with 403", async () => {
    const page = await browser.get("/register/personal");
    const token = readCsrfToken(page.text);
    const refused = await browser.post("/register/personal", {
      ...validAnswers.personal,
      _csrf: `${token.slice(1)}x`,
    });

    expect(refused.status).toBe(403);
  });

  it("refuses a post without a session cookie with 403", async () => {
    const page = await browser.get("/register/personal");
    const token = readCsrfToken(page.text);
    browser.forgetCookies();
    const refused = await browser.post("/register/personal", {
      ...validAnswers.personal,
      _csrf: token,
    });

    expect(refused.status).toBe(403);
    expect(refused.text).toContain(expiredMessage);
  });

  it("refuses another session's token, recording nothing", async () => {
    const other = new TestBrowser(upstream.url);
    const otherPage = await other.get("/register/personal");
    const otherToken = readCsrfToken(otherPage.text);
    await completeSteps(browser);

    const refused = await browser.post("/register/submit", {
      _csrf: otherToken,
    });

    expect(refused.status).toBe(403);
    expect(upstream.registrations()).toEqual([]);
  });
});
