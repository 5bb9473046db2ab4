import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { TestBrowser } from "./test-browser";
import {
  completeSteps,
  postStep,
  submitReview,
  validAnswers,
} from "./test-journey";

const hostileName = `<script>alert("x")</script> & 'Ann'`;
const escapedName =
  "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ann&#39;";

describe("echoed values", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  it("are escaped when a step is shown again with errors", async () => {
    const page = await postStep(browser, {
      path: "/register/personal",
      form: {
        ...validAnswers.personal,
        attendee_given_name: hostileName,
        attendee_email: "",
      },
    });

    expect(page.status).toBe(400);
    expect(page.text).toContain(`value="${escapedName}"`);
    expect(page.text).not.toContain("<script>");
  });

  it("are escaped on the review and confirmation pages", async () => {
    await completeSteps(browser, {
      personal: { attendee_given_name: hostileName },
      attendance: { meal_pref: "oth", meal_notes: "</textarea><b>nuts</b>" },
    });
    const review = await browser.get("/register/review");
    await submitReview(browser);
    const complete = await browser.get("/register/complete");

    expect(review.text).toContain(escapedName);
    expect(review.text).toContain("&lt;/textarea&gt;&lt;b&gt;nuts");
    expect(complete.text).toContain(`Thank you, ${escapedName}.`);
    expect(`${review.text}${complete.text}`).not.toContain("<script>");
  });

  it("keep any script intact up to registrations.json", async () => {
    await completeSteps(browser, {
      personal: {
        attendee_given_name: "美玲 محمد",
        attendee_family_name: "Смирнова-陈",
      },
      company: { org_name: "Société Générale Sécurité" },
    });
    const review = await browser.get("/register/review");
    await submitReview(browser);

    expect(review.text).toContain('<meta charset="utf-8">');
    expect(review.text).toContain("美玲 محمد");
    expect(upstream.registrations()[0]).toMatchObject({
      firstName: "美玲 محمد",
      lastName: "Смирнова-陈",
      company: "Société Générale Sécurité",
    });
  });
});
