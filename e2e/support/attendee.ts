/** A valid RSVP body with an e-mail address no other test uses. */
export function makeAttendee(overrides: Record<string, unknown> = {}) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return {
    firstName: "Ana",
    lastName: "Silva",
    email: `ana.${tag}@example.com`,
    phone: "+351 21 123 4567",
    company: "Lisbon Secure Systems",
    jobTitle: "Integration lead",
    country: "PT",
    attendance: "attending",
    guests: 0,
    dietary: "none",
    sessions: ["keynote"],
    consent: true,
    marketingOptIn: false,
    ...overrides,
  };
}
