import type { Page } from "@playwright/test";

export interface AttendeeAnswers {
  firstName: string;
  lastName: string;
  email: string;
  company: string;
  country: string;
  phone?: string;
  session?: string;
}

/** Fills the RSVP form as a person would, by its labels. */
export async function fillRsvpForm(page: Page, answers: AttendeeAnswers) {
  await page.getByLabel("First name").fill(answers.firstName);
  await page.getByLabel("Last name").fill(answers.lastName);
  await page.getByLabel("Email").fill(answers.email);
  if (answers.phone) await page.getByLabel("Phone").fill(answers.phone);
  await page.getByLabel("Company").fill(answers.company);
  await page.getByLabel("Country").selectOption(answers.country);
  await page.getByLabel("Attending", { exact: true }).check();
  if (answers.session) await page.getByLabel(answers.session).check();
  await page.getByLabel(/I agree that/).check();
}

export function uniqueEmail(name: string): string {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `${name}.${tag}@example.com`;
}
