import { describe, expect, it } from "vitest";
import { RegistrationLog } from "./registrations";
import type { RegistrationDetails } from "./registrations";

const details: RegistrationDetails = {
  email: "ana@example.com",
  firstName: "Ana",
  lastName: "Silva",
  phone: null,
  company: "Silva Sistemas",
  jobTitle: null,
  country: "Brazil",
  attendance: "yes",
  guests: 0,
  sessions: [],
  dietary: "std",
  dietaryNotes: null,
  consent: true,
  marketingOptIn: false,
};

describe("the registration log", () => {
  it("issues codes of six unambiguous characters", () => {
    const log = new RegistrationLog();
    const codes = Array.from({ length: 200 }, (_, i) => {
      const entry = log.submit({ ...details, email: `a${i}@example.com` });

      return entry.accepted ? entry.confirmationNumber : "";
    });

    for (const code of codes) expect(code).toMatch(/^HPS27-[A-HJ-NP-Z2-9]{6}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("refuses an address accepted before, ignoring case and spaces", () => {
    const log = new RegistrationLog();
    log.submit(details);
    const again = log.submit({ ...details, email: " ANA@example.com" });

    expect(again).toMatchObject({ accepted: false, reason: "duplicate_email" });
  });

  it("accepts an address again after only a refusal of it", () => {
    const log = new RegistrationLog();
    log.submit(details);
    log.submit(details);
    const other = log.submit({ ...details, email: "bea@example.com" });

    expect(other.accepted).toBe(true);
    expect(log.list().map((entry) => entry.accepted)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("hands out copies, so callers cannot change the record", () => {
    const log = new RegistrationLog();
    log.submit(details);
    const [copy] = log.list();
    if (copy !== undefined) copy.email = "changed@example.com";

    expect(log.list()[0]?.email).toBe("ana@example.com");
  });
});
