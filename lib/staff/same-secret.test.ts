import { describe, expect, it } from "vitest";
import { isSameSecret } from "./same-secret";

describe("comparing secrets", () => {
  it("accepts the same secret", () => {
    expect(isSameSecret("correct horse battery", "correct horse battery")).toBe(
      true,
    );
  });

  it("refuses a different secret of the same length", () => {
    expect(isSameSecret("correct horse batterz", "correct horse battery")).toBe(
      false,
    );
  });

  it("refuses a prefix and an empty secret", () => {
    expect(isSameSecret("correct", "correct horse battery")).toBe(false);
    expect(isSameSecret("", "correct horse battery")).toBe(false);
  });

  it("tells apart secrets that differ only in Unicode form", () => {
    expect(isSameSecret("caf\u00e9", "cafe\u0301")).toBe(false);
  });
});
