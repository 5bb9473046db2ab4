import { describe, expect, it } from "vitest";
import { SessionStore } from "./session-store";

const minute = 60 * 1000;

function createClock() {
  const clock = { time: 1_000_000, now: () => clock.time };

  return clock;
}

describe("the session store", () => {
  it("forgets a session after 30 minutes without use", () => {
    const clock = createClock();
    const store = new SessionStore({ now: clock.now });
    const session = store.create();

    clock.time += 30 * minute;
    expect(store.get(session.id)).toBe(session);
    clock.time += 30 * minute + 1;
    expect(store.get(session.id)).toBeUndefined();
  });

  it("keeps a session alive while it is used", () => {
    const clock = createClock();
    const store = new SessionStore({ now: clock.now });
    const session = store.create();

    for (let i = 0; i < 4; i += 1) {
      clock.time += 20 * minute;
      expect(store.get(session.id)).toBe(session);
    }
  });

  it("drops the least recently used session when full", () => {
    const store = new SessionStore({ maxSessions: 2 });
    const first = store.create();
    const second = store.create();
    store.get(first.id);
    store.create();

    expect(store.size).toBe(2);
    expect(store.get(second.id)).toBeUndefined();
    expect(store.get(first.id)).toBe(first);
  });

  it("clears out expired sessions when it makes a new one", () => {
    const clock = createClock();
    const store = new SessionStore({ now: clock.now });
    store.create();
    store.create();

    clock.time += 31 * minute;
    store.create();

    expect(store.size).toBe(1);
  });

  it("gives each session its own id and CSRF token", () => {
    const store = new SessionStore();
    const first = store.create();
    const second = store.create();

    expect(first.id).not.toBe(second.id);
    expect(first.csrfToken).not.toBe(second.csrfToken);
    expect(first.csrfToken).not.toBe(first.id);
  });

  it("finds nothing for an unknown or missing id", () => {
    const store = new SessionStore();

    expect(store.get("nope")).toBeUndefined();
    expect(store.get(undefined)).toBeUndefined();
  });
});
