import { describe, expect, it } from "vitest";
import { countries as demoCountries } from "../../demo-upstream/countries";
import { countries } from "../rsvp/countries";
import type { RsvpInput } from "../rsvp/schema";
import type { Binding } from "./form-map-schema";
import { loadFormMap } from "./load-form-map";
import { resolveBinding } from "./resolve-binding";

const input: RsvpInput = {
  firstName: "Олена",
  lastName: "Коваленко",
  email: "olena@example.com",
  phone: "+380 44 123 4567",
  company: "Kyiv Secure",
  country: "UA",
  attendance: "declined",
  guests: 2,
  sessions: ["keynote", "networking-dinner"],
  consent: true,
  marketingOptIn: false,
};

describe("resolveBinding", () => {
  it("passes a field through untouched without a transform", () => {
    expect(resolveBinding({ field: "company" }, input)).toBe("Kyiv Secure");
  });

  it("uses the default, in the site's own words, for an empty field", () => {
    const binding: Binding = { field: "jobTitle", default: "n/a" };

    expect(resolveBinding(binding, input)).toBe("n/a");
  });

  it("maps each item of a list", () => {
    const binding: Binding = {
      field: "sessions",
      transform: { type: "map", values: { keynote: "T1" }, fallback: "T9" },
    };

    expect(resolveBinding(binding, input)).toEqual(["T1", "T9"]);
  });

  it("turns numbers into strings for selects", () => {
    const binding: Binding = { field: "guests", transform: { type: "string" } };

    expect(resolveBinding(binding, input)).toBe("2");
  });

  it("splits a phone number into dial code and local number", () => {
    const code: Binding = { field: "phone", transform: { type: "dialCode" } };
    const rest: Binding = {
      field: "phone",
      transform: { type: "localNumber" },
    };

    expect(resolveBinding(code, input)).toBe("+380");
    expect(resolveBinding(rest, input)).toBe("44 123 4567");
  });

  it("gives a constant as it is", () => {
    expect(resolveBinding({ const: true }, input)).toBe(true);
  });
});

describe("the demo form map's country names", () => {
  it("names every country we offer as the demo site lists it", () => {
    const step = loadFormMap(undefined).fill.find(
      (candidate) => candidate.action === "select" && candidate.by === "text",
    );
    const binding = step && "value" in step ? step.value : undefined;
    const offered = new Set(demoCountries.map((country) => country.name));

    const missing = countries
      .map((country) => ({ ...input, country: country.code }))
      .map((attendee) => binding && resolveBinding(binding, attendee))
      .filter((name) => !offered.has(String(name)));
    expect(missing).toEqual([]);
  });
});
