import { describe, expect, it } from "vitest";
import { describeStoreError } from "./store-errors";

describe("describeStoreError", () => {
  it("keeps no part of a command that an error message quotes", () => {
    const error = new Error(
      'ERR wrong, command was: ["evalsha","x",{"email":"ada@example.com"}]',
    );

    expect(describeStoreError(error)).toBe("Error: ERR wrong");
  });

  it("shortens long messages and names what is not an Error", () => {
    expect(describeStoreError(new TypeError("x".repeat(500)))).toHaveLength(
      "TypeError: ".length + 161,
    );
    expect(describeStoreError("boom")).toBe("unknown error");
  });
});
