import { describe, expect, it } from "vitest";
import { readFaultControlFromEnv, readFaultsFromEnv } from "./server";

describe("reading faults from the environment", () => {
  it("uses no faults when no variable is set", () => {
    expect(readFaultsFromEnv({})).toEqual({
      latencyMs: 0,
      errorRate: 0,
      hang: "off",
      renameField: null,
    });
  });

  it("reads every fault variable", () => {
    const faults = readFaultsFromEnv({
      DEMO_LATENCY_MS: "250",
      DEMO_ERROR_RATE: "0.25",
      DEMO_HANG: "steps",
      DEMO_RENAME_FIELD: "org_name",
    });

    expect(faults).toEqual({
      latencyMs: 250,
      errorRate: 0.25,
      hang: "steps",
      renameField: "org_name",
    });
  });

  it("treats empty variables as unset", () => {
    const faults = readFaultsFromEnv({ DEMO_HANG: "", DEMO_LATENCY_MS: " " });

    expect(faults).toMatchObject({ hang: "off", latencyMs: 0 });
  });

  it.each([
    ["DEMO_LATENCY_MS", "fast"],
    ["DEMO_LATENCY_MS", "1.5"],
    ["DEMO_ERROR_RATE", "2"],
    ["DEMO_HANG", "sometimes"],
    ["DEMO_RENAME_FIELD", "nickname"],
  ])("names %s when it is %s", (name, value) => {
    expect(() => readFaultsFromEnv({ [name]: value })).toThrow(
      new RegExp(`^${name} must be .*; got "${value}"$`),
    );
  });

  it("allows fault control only with DEMO_FAULT_CONTROL=1", () => {
    expect(readFaultControlFromEnv({})).toBe(false);
    expect(readFaultControlFromEnv({ DEMO_FAULT_CONTROL: "0" })).toBe(false);
    expect(readFaultControlFromEnv({ DEMO_FAULT_CONTROL: "1" })).toBe(true);
    expect(() =>
      readFaultControlFromEnv({ DEMO_FAULT_CONTROL: "yes" }),
    ).toThrow('DEMO_FAULT_CONTROL must be 0 or 1; got "yes"');
  });
});
