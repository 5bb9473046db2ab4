import { describe, expect, it } from "vitest";
import { parseRetryAfter, toRetryDelay } from "./http-client";

describe("parseRetryAfter", () => {
  it("reads seconds", () => {
    expect(parseRetryAfter("12")).toBe(12);
  });

  it("reads an HTTP date as the seconds until it", () => {
    const now = Date.parse("2026-12-03T16:00:00Z");

    expect(parseRetryAfter("Thu, 03 Dec 2026 16:00:30 GMT", now)).toBe(30);
  });

  it("waits five seconds when the header is missing or unreadable", () => {
    expect(parseRetryAfter(null)).toBe(5);
    expect(parseRetryAfter("soon")).toBe(5);
  });

  it("keeps the wait between one second and five minutes", () => {
    expect(parseRetryAfter("0")).toBe(1);
    expect(parseRetryAfter("86400")).toBe(300);
  });
});

describe("toRetryDelay", () => {
  it("never retries sooner than the server asked", () => {
    expect(toRetryDelay(5, 0)).toBe(5000);
  });

  it("spreads retries over up to a fifth more, at least a second", () => {
    expect(toRetryDelay(5, 0.999)).toBeCloseTo(5999, 0);
    expect(toRetryDelay(60, 0.5)).toBe(66_000);
  });
});
