import type { RsvpSession } from "../types";

/** A queued RSVP with made-up answers, for store tests. */
export function makeSession(id: string): RsvpSession {
  const now = new Date().toISOString();
  return {
    id,
    version: 1,
    status: "queued",
    input: {
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      company: "Analytical Engines",
      country: "GB",
      attendance: "attending",
      guests: 0,
      consent: true,
      marketingOptIn: false,
    },
    createdAt: now,
    updatedAt: now,
    expiresAt: now,
    position: 0,
    instance: "test",
    error: null,
    confirmation: null,
    hasPreview: false,
    submitAttempt: null,
    history: [{ status: "queued", at: now, instance: "test" }],
  };
}
