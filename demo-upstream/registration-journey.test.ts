import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { findTag, readCsrfToken, TestBrowser } from "./test-browser";
import { completeSteps, postStep, submitReview } from "./test-journey";

const codePattern = /^HPS27-[A-HJ-NP-Z2-9]{6}$/;

const registrationKeys = [
  "accepted",
  "confirmationNumber",
  "email",
  "firstName",
  "lastName",
  "phone",
  "company",
  "jobTitle",
  "country",
  "attendance",
  "guests",
  "sessions",
  "dietary",
  "dietaryNotes",
  "consent",
  "marketingOptIn",
  "receivedAt",
];

describe("the registration journey", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  it("links the landing page to the first step", async () => {
    const landing = await browser.get("/");

    expect(landing.status).toBe(200);
    expect(findTag(landing.text, "start-registration")).toMatch(
      /href="\/register\/personal"/,
    );
    expect(landing.text).toContain(">Register now</a>");
  });

  it("moves from step to step with 303 redirects", async () => {
    const personal = await postStep(browser, {
      path: "/register/personal",
      form: {
        attendee_given_name: "Mei",
        attendee_family_name: "Chen",
        attendee_email: "mei@example.com",
      },
    });

    expect(personal.status).toBe(303);
    expect(personal.location).toBe("/register/company");
  });

  it("registers an attendee and shows a confirmation code", async () => {
    await completeSteps(browser);
    const submit = await submitReview(browser);
    const complete = await browser.get("/register/complete");

    expect(submit.status).toBe(303);
    expect(submit.location).toBe("/register/complete");
    const code = /<strong id="confirmation-code">([^<]+)<\/strong>/.exec(
      complete.text,
    )?.[1];
    expect(code).toMatch(codePattern);
    expect(complete.text).toContain("Thank you, Mei.");
  });

  it("lists the accepted registration in registrations.json", async () => {
    await completeSteps(browser);
    await submitReview(browser);
    const response = await fetch(`${upstream.url}/registrations.json`);

    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const [entry, ...others] = (await response.json()) as Record<
      string,
      unknown
    >[];

    expect(others).toEqual([]);
    expect(Object.keys(entry ?? {})).toEqual(registrationKeys);
    expect(entry?.confirmationNumber).toMatch(codePattern);
    expect(entry?.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    expect(entry).toMatchObject({
      accepted: true,
      email: "mei.chen@example.com",
      firstName: "Mei",
      lastName: "Chen",
      phone: "+44 20 7946 0000",
      company: "Acme Security Ltd",
      jobTitle: "Head of Partnerships",
      country: "United Kingdom",
      attendance: "yes",
      guests: 1,
      sessions: ["T1", "T3"],
      dietary: "veg",
      dietaryNotes: null,
      consent: true,
      marketingOptIn: true,
    });
  });

  it("records a decline that leaves out guests and sessions", async () => {
    await completeSteps(browser, {
      attendance: {
        rsvp_response: "no",
        party_size: "",
        track: [],
        news_opt_in: [],
      },
    });
    await submitReview(browser);

    expect(upstream.registrations()).toMatchObject([
      {
        accepted: true,
        attendance: "no",
        guests: 0,
        sessions: [],
        marketingOptIn: false,
      },
    ]);
  });

  it("clears answers on submit, so a resubmit records nothing", async () => {
    await completeSteps(browser);
    const review = await browser.get("/register/review");
    const token = readCsrfToken(review.text);
    await browser.post("/register/submit", { _csrf: token });

    const again = await browser.post("/register/submit", { _csrf: token });

    expect(again.status).toBe(303);
    expect(again.location).toBe("/register/personal");
    expect(upstream.registrations()).toHaveLength(1);
  });

  it("fills a step with the answers saved before", async () => {
    await completeSteps(browser);
    const personal = await browser.get("/register/personal");

    expect(personal.text).toContain('value="mei.chen@example.com"');
    expect(personal.text).toContain('<option value="+44" selected>');
  });

  it("gives each registration its own code", async () => {
    const other = new TestBrowser(upstream.url);
    await completeSteps(browser);
    await submitReview(browser);
    await completeSteps(other, {
      personal: { attendee_email: "someone.else@example.com" },
    });
    await submitReview(other);

    const codes = upstream
      .registrations()
      .map((entry) => (entry.accepted ? entry.confirmationNumber : null));
    expect(codes).toHaveLength(2);
    expect(new Set(codes).size).toBe(2);
    expect(codes).not.toContain(null);
  });

  it("answers the health check with ok", async () => {
    const health = await browser.get("/healthz");

    expect(health.status).toBe(200);
    expect(health.text).toBe("ok");
  });
});
