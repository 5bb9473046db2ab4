import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { findTag, TestBrowser } from "./test-browser";
import { completeSteps } from "./test-journey";

// The form map is written against these; they must not drift.
const labelledFields: Record<string, [string, string][]> = {
  "/register/personal": [
    ["attendee_given_name", "Given name(s)"],
    ["attendee_family_name", "Family name"],
    ["attendee_email", "Business e-mail address"],
    ["phone_cc", "Country dialling code"],
    ["phone_number", "Telephone number"],
  ],
  "/register/company": [
    ["org_name", "Company / organisation"],
    ["org_role", "Job title"],
    ["org_country", "Country / region"],
  ],
  "/register/attendance": [
    ["party_size", "Additional guests"],
    ["meal_pref", "Dietary requirements"],
    ["meal_notes", "Dietary notes"],
    [
      "consent_terms",
      "I agree to the event terms and the processing of my data",
    ],
    ["news_opt_in", "Send me partner news"],
    ["rsvp_yes", "Yes, I will attend"],
    ["rsvp_no", "No, I can&#39;t make it"],
    ["track_T1", "Opening keynote"],
    ["track_T5", "Networking dinner"],
  ],
};

describe("the HTML contract", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  // These tests only read pages, so one site serves the whole file.
  beforeAll(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterAll(() => upstream.close());

  it.each(Object.entries(labelledFields))(
    "labels every field of %s by id",
    async (path, fields) => {
      const page = await browser.get(path);

      for (const [id, label] of fields) {
        expect(page.text).toContain(`<label for="${id}">${label}</label>`);
        expect(findTag(page.text, id)).toBeDefined();
      }
    },
  );

  it("gives the personal step its form, limits and button", async () => {
    const page = (await browser.get("/register/personal")).text;

    expect(page).toContain(
      '<form id="personal-form" method="post" action="/register/personal">',
    );
    expect(findTag(page, "attendee_given_name")).toMatch(
      /required maxlength="60"/,
    );
    expect(findTag(page, "attendee_email")).toMatch(/type="email"/);
    expect(findTag(page, "phone_number")).toMatch(
      /type="tel".*pattern="\[0-9 \]\{4,16\}"/,
    );
    expect(page).toContain(
      '<button type="submit" id="next-button" class="button">Continue',
    );
    expect(page).toContain("Step 1 of 3 · Personal details");
  });

  it("offers some sixty dialling codes after an empty choice", async () => {
    const page = (await browser.get("/register/personal")).text;
    const select = /<select id="phone_cc"[\s\S]*?<\/select>/.exec(page)?.[0];
    const options = select?.match(/<option /g) ?? [];

    expect(select).toMatch(/<select[^>]*>\n<option value="">—<\/option>/);
    expect(options.length).toBeGreaterThanOrEqual(55);
    expect(select).toContain(
      '<option value="+44">United Kingdom (+44)</option>',
    );
  });

  it("lists every ISO 3166-1 country once by its common name", async () => {
    const page = (await browser.get("/register/company")).text;
    const select = /<select id="org_country"[\s\S]*?<\/select>/.exec(page)?.[0];
    const values = [...(select ?? "").matchAll(/value="(\d*)"/g)].map(
      (match) => match[1],
    );

    expect(values[0]).toBe("");
    expect(values).toHaveLength(250);
    expect(new Set(values).size).toBe(250);
    for (const option of [
      '<option value="826">United Kingdom</option>',
      '<option value="410">South Korea</option>',
      '<option value="158">Taiwan</option>',
      '<option value="792">Türkiye</option>',
      '<option value="004">Afghanistan</option>',
    ]) {
      expect(select).toContain(option);
    }
  });

  it("gives the company step its back link", async () => {
    const page = (await browser.get("/register/company")).text;

    expect(page).toContain('<form id="company-form"');
    expect(page).toContain('<a id="back-link" href="/register/personal">');
  });

  it("offers the attendance choices with their agreed values", async () => {
    const page = (await browser.get("/register/attendance")).text;

    expect(page).toContain('<form id="attendance-form"');
    expect(findTag(page, "rsvp_no")).toMatch(
      /type="radio" id="rsvp_no" name="rsvp_response" value="no" required/,
    );
    expect(findTag(page, "track_T3")).toMatch(/name="track" value="T3"/);
    expect(findTag(page, "meal_notes")).toMatch(/maxlength="200"/);
    expect(findTag(page, "consent_terms")).toMatch(/required/);
    for (const value of ["std", "veg", "vgn", "hal", "kos", "glf", "oth"]) {
      expect(page).toContain(`<option value="${value}"`);
    }
    expect(page).toMatch(/id="next-button" class="button">Review/);
  });

  it("serves English UTF-8 pages with a heading", async () => {
    for (const path of ["/", "/register/personal", "/nowhere"]) {
      const response = await browser.get(path);

      expect(response.headers.get("content-type")).toBe(
        "text/html; charset=utf-8",
      );
      expect(response.text).toContain('<html lang="en">');
      expect(response.text).toMatch(/<h1>[^<]+<\/h1>/);
    }
  });

  it("answers unknown pages with 404, wrong methods with 405", async () => {
    const missing = await browser.get("/register/payment");
    const wrongMethod = await browser.post("/register/review", "");

    expect(missing.status).toBe(404);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET");
  });

  it("shows the review page with its summary and submit button", async () => {
    const visitor = new TestBrowser(upstream.url);
    await completeSteps(visitor);
    const page = (await visitor.get("/register/review")).text;

    expect(page).toContain('<dl id="review-summary"');
    expect(page).toContain(
      '<form id="submit-form" method="post" action="/register/submit">',
    );
    expect(findTag(page, "submit-registration")).toBeDefined();
  });
});
