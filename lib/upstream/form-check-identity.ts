import type { RsvpInput } from "../rsvp/schema";

/**
 * A clearly fake attendee for the form check. The address is under
 * `.invalid`, a name reserved never to exist (RFC 2606), so nothing can
 * ever reach a person even if a check were sent by mistake; the phone
 * number is from a range reserved for fiction.
 */
export function createCheckIdentity(options: {
  now: Date;
  sessionIds: readonly string[];
}): RsvpInput {
  const sessions = options.sessionIds.slice(0, 1);

  return {
    firstName: "Form",
    lastName: "Check",
    email: `form-check+${options.now.getTime()}@example.invalid`,
    phone: "+44 20 7946 0999",
    company: "Form check (not an attendee)",
    jobTitle: "Automated check",
    country: "GB",
    attendance: "attending",
    guests: 0,
    dietary: "vegetarian",
    sessions,
    consent: true,
    marketingOptIn: false,
  };
}
