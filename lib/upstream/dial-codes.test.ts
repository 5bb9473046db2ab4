import { describe, expect, it } from "vitest";
import { splitPhone } from "./dial-codes";

describe("splitPhone", () => {
  it("takes the code from an international number", () => {
    expect(splitPhone("+44 20 7946 0958", "US")).toEqual({
      dialCode: "+44",
      number: "20 7946 0958",
    });
  });

  it("prefers the longest known code", () => {
    expect(splitPhone("+852 2123 4567", "GB").dialCode).toBe("+852");
    expect(splitPhone("+1 (415) 555-0100", "GB")).toEqual({
      dialCode: "+1",
      number: "415 555 0100",
    });
  });

  it("uses the attendee's country for a national number", () => {
    expect(splitPhone("0571-8807 5998", "CN")).toEqual({
      dialCode: "+86",
      number: "0571 8807 5998",
    });
  });

  it("handles a code written without spaces", () => {
    expect(splitPhone("+8613812345678", "CN")).toEqual({
      dialCode: "+86",
      number: "13812345678",
    });
  });
});
