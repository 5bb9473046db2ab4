import { describe, expect, it } from "vitest";
import { makeSession } from "./testing/make-session";
import type { RsvpSession } from "./types";
import { shouldWriteBack } from "./write-back";

function at(version: number, status: RsvpSession["status"]): RsvpSession {
  return { ...makeSession("w1"), version, status };
}

describe("shouldWriteBack", () => {
  it("writes a record the remote does not have", () => {
    expect(shouldWriteBack(null, at(1, "queued"))).toBe(true);
  });

  it("writes a higher version and keeps the remote's on a tie", () => {
    expect(shouldWriteBack(at(2, "filling"), at(3, "preview"))).toBe(true);
    expect(shouldWriteBack(at(3, "preview"), at(3, "cancelled"))).toBe(false);
    expect(shouldWriteBack(at(4, "preview"), at(3, "cancelled"))).toBe(false);
  });

  it("never overwrites a confirmation", () => {
    expect(shouldWriteBack(at(5, "confirmed"), at(9, "failed"))).toBe(false);
  });

  it("never loses a confirmation made during the outage", () => {
    expect(shouldWriteBack(at(6, "expired"), at(5, "confirmed"))).toBe(true);
  });
});
