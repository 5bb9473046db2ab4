import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { findTag, TestBrowser } from "./test-browser";
import type { FormInput } from "./test-browser";
import { postStep, validAnswers } from "./test-journey";

describe("server-side validation", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(() => upstream.close());

  function sendPersonal(changes: FormInput) {
    return postStep(browser, {
      path: "/register/personal",
      form: { ...validAnswers.personal, ...changes },
    });
  }

  function sendAttendance(changes: FormInput) {
    return postStep(browser, {
      path: "/register/attendance",
      form: { ...validAnswers.attendance, ...changes },
    });
  }

  it("re-renders with 400, inline errors and the values kept", async () => {
    const page = await sendPersonal({
      attendee_given_name: " ",
      attendee_email: "not-an-address",
    });

    expect(page.status).toBe(400);
    const emailTag = findTag(page.text, "attendee_email");
    expect(emailTag).toContain('value="not-an-address"');
    expect(emailTag).toContain(
      'aria-invalid="true" aria-describedby="attendee_email-error"',
    );
    expect(page.text).toContain(
      '<p class="field-error" id="attendee_given_name-error">' +
        "Enter your given name</p>",
    );
    expect(findTag(page.text, "attendee_family_name")).toMatch(/value="Chen"/);
  });

  it("puts the error summary on top, in the form's order", async () => {
    const page = await sendPersonal({
      attendee_given_name: "",
      attendee_email: "nobody",
    });

    expect(page.text).toContain(
      '<div class="error-summary" role="alert">\n' +
        "<h2>There is a problem</h2>\n<ul>" +
        '<li><a href="#attendee_given_name">Enter your given name</a></li>' +
        '<li><a href="#attendee_email">' +
        "Enter a valid business e-mail address</a></li></ul>",
    );
    expect(page.text.indexOf("error-summary")).toBeLessThan(
      page.text.indexOf('id="personal-form"'),
    );
  });

  it("saves nothing from a step that fails", async () => {
    await sendPersonal({ attendee_email: "" });
    const review = await browser.get("/register/review");

    expect(review.location).toBe("/register/personal");
  });

  it("refuses a given name over the form's maxlength of 60", async () => {
    const tooLong = await sendPersonal({ attendee_given_name: "a".repeat(61) });
    const longest = await sendPersonal({ attendee_given_name: "a".repeat(60) });

    expect(tooLong.status).toBe(400);
    expect(longest.status).toBe(303);
  });

  it("asks for a dialling code when a telephone number is given", async () => {
    const page = await sendPersonal({ phone_cc: "" });

    expect(page.status).toBe(400);
    expect(findTag(page.text, "phone_cc")).toContain('aria-invalid="true"');
  });

  it("asks for a telephone number when a dialling code is chosen", async () => {
    const page = await sendPersonal({ phone_number: "" });

    expect(page.status).toBe(400);
    expect(page.text).toContain('id="phone_number-error"');
  });

  it("accepts a registration with no telephone at all", async () => {
    const page = await sendPersonal({ phone_cc: "", phone_number: "" });

    expect(page.status).toBe(303);
  });

  it("refuses a telephone number the pattern would refuse", async () => {
    const page = await sendPersonal({ phone_number: "+44 (20) 7946" });

    expect(page.status).toBe(400);
    expect(page.text).toContain("Telephone number must be 4 to 16 digits");
  });

  it("refuses a country that is not on the list", async () => {
    const page = await postStep(browser, {
      path: "/register/company",
      form: { ...validAnswers.company, org_country: "GB" },
    });

    expect(page.status).toBe(400);
    expect(page.text).toContain(
      'id="org_country-error">' + "Select your country or region</p>",
    );
  });

  it("asks whether the attendee will attend and for consent", async () => {
    const page = await sendAttendance({ rsvp_response: [], consent_terms: [] });

    expect(page.status).toBe(400);
    expect(page.text).toContain("Tell us whether you will attend");
    expect(page.text).toContain("You must agree to the event terms");
    expect(findTag(page.text, "rsvp_yes")).toContain(
      'aria-describedby="rsvp_response-error"',
    );
  });

  it("requires dietary notes when the meal choice is Other", async () => {
    const without = await sendAttendance({ meal_pref: "oth" });
    const withNotes = await sendAttendance({
      meal_pref: "oth",
      meal_notes: "No shellfish",
    });

    expect(without.status).toBe(400);
    expect(without.text).toContain('id="meal_notes-error"');
    expect(withNotes.status).toBe(303);
  });

  it("counts a line break in dietary notes as one character", async () => {
    const notes = `${"a".repeat(99)}\r\n${"b".repeat(100)}`;
    const page = await sendAttendance({ meal_pref: "oth", meal_notes: notes });

    expect(page.status).toBe(303);
  });

  it("refuses sessions that are not on the list", async () => {
    const page = await sendAttendance({ track: ["T1", "T9"] });

    expect(page.status).toBe(400);
    expect(page.text).toContain("Choose sessions from the list");
    expect(findTag(page.text, "track_T1")).toMatch(/checked/);
  });

  it("refuses more than two additional guests", async () => {
    const page = await sendAttendance({ party_size: "3" });

    expect(page.status).toBe(400);
    expect(page.text).toContain('id="party_size-error"');
  });
});
