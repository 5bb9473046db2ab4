import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { TestBrowser } from "./test-browser";
import { completeSteps, postStep, submitReview } from "./test-journey";

describe("a second registration with the same e-mail address", () => {
  let upstream: DemoUpstream;
  let second: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    const first = new TestBrowser(upstream.url);
    await completeSteps(first);
    await submitReview(first);
    second = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  it("is refused with 409 on the review page, whatever its case", async () => {
    await completeSteps(second, {
      personal: { attendee_email: "  MEI.Chen@Example.com " },
    });
    const refused = await submitReview(second);

    expect(refused.status).toBe(409);
    expect(refused.text).toContain('<dl id="review-summary"');
    expect(refused.text).toContain(
      '<li><a href="#attendee_email">' +
        "This e-mail address is already registered</a></li>",
    );
    expect(refused.text).toContain(
      '<p class="field-error" id="attendee_email-error">' +
        "This e-mail address is already registered</p>",
    );
  });

  it("is recorded as refused in registrations.json", async () => {
    await completeSteps(second, {
      personal: { attendee_given_name: "Wei" },
    });
    await submitReview(second);

    expect(upstream.registrations()).toMatchObject([
      { accepted: true, firstName: "Mei" },
      {
        accepted: false,
        reason: "duplicate_email",
        firstName: "Wei",
        email: "mei.chen@example.com",
      },
    ]);
    expect(upstream.registrations()[1]).not.toHaveProperty(
      "confirmationNumber",
    );
  });

  it("keeps the answers, so a changed e-mail can be submitted", async () => {
    await completeSteps(second);
    await submitReview(second);
    await postStep(second, {
      path: "/register/personal",
      form: {
        attendee_given_name: "Mei",
        attendee_family_name: "Chen",
        attendee_email: "mei.chen@partner.example.com",
      },
    });
    const accepted = await submitReview(second);

    expect(accepted.status).toBe(303);
    expect(upstream.registrations().map((entry) => entry.accepted)).toEqual([
      true,
      false,
      true,
    ]);
  });
});
