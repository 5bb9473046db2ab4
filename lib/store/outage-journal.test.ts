import { describe, expect, it } from "vitest";
import { OutageJournal } from "./outage-journal";

describe("OutageJournal", () => {
  it("hands over its writes once and starts empty", () => {
    const journal = new OutageJournal(() => 1_000);
    journal.noteRsvp("a", 60);
    journal.notePreview("a", 30);
    journal.noteLock("submit:a", "t", 500);
    const writes = journal.takeAll();

    expect(writes.rsvps.get("a")).toBe(61_000);
    expect(writes.previews.get("a")).toBe(31_000);
    expect(writes.locks.get("submit:a")).toEqual({
      token: "t",
      expiresAtMs: 1_500,
    });
    expect(journal.size).toBe(0);
  });

  it("keeps a newer note over the one put back", () => {
    let now = 1_000;
    const journal = new OutageJournal(() => now);
    journal.noteRsvp("a", 60);
    const taken = journal.takeAll();
    now = 2_000;
    journal.noteRsvp("a", 10);
    journal.putBack(taken);

    expect(journal.takeAll().rsvps.get("a")).toBe(12_000);
  });

  it("forgets a released lock only for its own token", () => {
    const journal = new OutageJournal();
    journal.noteLock("submit:a", "mine", 5_000);
    journal.forgetLock("submit:a", "another");

    expect(journal.size).toBe(1);
    journal.forgetLock("submit:a", "mine");
    expect(journal.size).toBe(0);
  });

  it("drops entries whose data has expired", () => {
    let now = 0;
    const journal = new OutageJournal(() => now);
    journal.noteRsvp("short", 1);
    journal.noteRsvp("long", 60);
    journal.noteLock("submit:a", "t", 500);
    now = 2_000;
    journal.prune();

    expect([...journal.takeAll().rsvps.keys()]).toEqual(["long"]);
  });
});
