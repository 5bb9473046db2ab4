import { describe, expect, it } from "vitest";
import { statusViewSchema } from "./rsvp-status-view";

const view = {
  id: "r1",
  status: "confirmed",
  position: null,
  previewUrl: "/api/rsvp/r1/preview",
  confirmation: { number: "HPS-7Q2M9", confirmedAt: "2026-12-03T10:00:00Z" },
  error: null,
  expiresAt: null,
  answers: {
    firstName: "Mei",
    lastName: "Chen",
    email: "mei@example.com",
    company: "Lumen",
    country: "CN",
    attendance: "attending",
    guests: 1,
  },
};

describe("the status page's reading of GET /api/rsvp/{id}", () => {
  it("reads a whole answer", () => {
    expect(statusViewSchema.parse(view)).toEqual(view);
  });

  it("does without a part it cannot read", () => {
    const parsed = statusViewSchema.parse({
      ...view,
      position: "third",
      confirmation: { number: 7 },
      answers: { firstName: "Mei" },
    });

    expect(parsed.position).toBeNull();
    expect(parsed.confirmation).toBeNull();
    expect(parsed.answers).toBeNull();
    expect(parsed.previewUrl).toBe(view.previewUrl);
  });

  it("refuses a status it does not know", () => {
    const parsed = statusViewSchema.safeParse({ ...view, status: "lost" });

    expect(parsed.success).toBe(false);
  });
});
