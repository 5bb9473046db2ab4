import { stepPaths } from "./steps";
import type { StepId } from "./steps";
import { readCsrfToken } from "./test-browser";
import type { FormInput, PageResponse, TestBrowser } from "./test-browser";

/** Test support: answers that pass every step, and ways to send them. */
export const validAnswers: Record<StepId, FormInput> = {
  personal: {
    attendee_given_name: "Mei",
    attendee_family_name: "Chen",
    attendee_email: "mei.chen@example.com",
    phone_cc: "+44",
    phone_number: "20 7946 0000",
  },
  company: {
    org_name: "Acme Security Ltd",
    org_role: "Head of Partnerships",
    org_country: "826",
  },
  attendance: {
    rsvp_response: "yes",
    party_size: "1",
    track: ["T1", "T3"],
    meal_pref: "veg",
    meal_notes: "",
    consent_terms: "yes",
    news_opt_in: "yes",
  },
};

/** Opens a step for its token, then posts the form with that token. */
export async function postStep(
  browser: TestBrowser,
  step: { path: string; form: FormInput },
): Promise<PageResponse> {
  const page = await browser.get(step.path);
  const token = readCsrfToken(page.text);

  return browser.post(step.path, { ...step.form, _csrf: token });
}

/** Sends all three steps, valid unless changed; each must be accepted. */
export async function completeSteps(
  browser: TestBrowser,
  changes: Partial<Record<StepId, FormInput>> = {},
): Promise<void> {
  for (const id of ["personal", "company", "attendance"] as const) {
    const form = { ...validAnswers[id], ...changes[id] };
    const response = await postStep(browser, { path: stepPaths[id], form });
    if (response.status !== 303) {
      throw new Error(`Step ${id} answered ${response.status}`);
    }
  }
}

/** Opens the review page and presses "Submit registration". */
export async function submitReview(
  browser: TestBrowser,
): Promise<PageResponse> {
  const review = await browser.get("/register/review");
  const token = readCsrfToken(review.text);

  return browser.post("/register/submit", { _csrf: token });
}
