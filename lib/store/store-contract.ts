import { describe, expect, it } from "vitest";
import { makeSession } from "./testing/make-session";
import type { RsvpSession, SessionStore } from "./types";

/**
 * The behaviour every store must have, run against each implementation.
 * `create` gives a fresh, empty store; `wait` lets time pass for TTLs.
 */
export function describeStoreContract(
  name: string,
  create: () => Promise<SessionStore>,
  wait: (ms: number) => Promise<void>,
): void {
  describe(`${name} store contract`, () => {
    it("writes a new RSVP only when none exists", async () => {
      const store = await create();
      const session = makeSession("a1");

      expect(await store.putRsvp(session, put(0))).toBe(true);
      expect(await store.putRsvp(session, put(0))).toBe(false);
      expect(await store.getRsvp("a1")).toEqual(session);
    });

    it("refuses a write whose expected version is stale", async () => {
      const store = await create();
      await store.putRsvp(makeSession("a2"), put(0));
      const next: RsvpSession = {
        ...makeSession("a2"),
        version: 2,
        status: "filling",
      };

      expect(await store.putRsvp(next, put(1))).toBe(true);
      expect(await store.putRsvp({ ...next, version: 3 }, put(1))).toBe(false);
      expect((await store.getRsvp("a2"))?.status).toBe("filling");
    });

    it("forgets an RSVP after its time to live", async () => {
      const store = await create();
      await store.putRsvp(makeSession("a3"), {
        expectedVersion: 0,
        ttlSeconds: 1,
      });
      await wait(1_100);

      expect(await store.getRsvp("a3")).toBeNull();
    });

    it("keeps preview images as bytes", async () => {
      const store = await create();
      const image = Buffer.from([0, 1, 2, 250, 255]);
      await store.putPreview("a4", image, 60);

      expect(await store.getPreview("a4")).toEqual(image);
      expect(await store.getPreview("missing")).toBeNull();
    });

    it("gives a lock to one holder until it is released", async () => {
      const store = await create();
      const token = await store.acquireLock("submit:a5", 5_000);

      expect(token).toEqual(expect.any(String));
      expect(await store.acquireLock("submit:a5", 5_000)).toBeNull();
      expect(await store.releaseLock("submit:a5", "not-the-token")).toBe(false);
      expect(await store.releaseLock("submit:a5", token ?? "")).toBe(true);
      expect(await store.acquireLock("submit:a5", 5_000)).not.toBeNull();
    });

    it("frees a lock whose holder never released it", async () => {
      const store = await create();
      await store.acquireLock("submit:a6", 200);
      await wait(300);

      expect(await store.acquireLock("submit:a6", 200)).not.toBeNull();
    });

    it("counts within a window and starts again after it", async () => {
      const store = await create();

      expect(await store.incrementCounter("rate:x", 1)).toBe(1);
      expect(await store.incrementCounter("rate:x", 1)).toBe(2);
      await wait(1_100);
      expect(await store.incrementCounter("rate:x", 1)).toBe(1);
    });

    it("lists RSVP ids newest first, with a cursor", async () => {
      const store = await create();
      for (const [id, minute] of [
        ["old", 1],
        ["mid", 2],
        ["new", 3],
      ] as const) {
        const createdAt = `2026-12-03T10:0${minute}:00.000Z`;
        await store.putRsvp({ ...makeSession(id), createdAt }, put(0));
      }
      const first = await store.listRsvpIds({ limit: 2 });

      expect(first.map((item) => item.id)).toEqual(["new", "mid"]);
      const before = first[1]?.createdAtMs;
      const rest = await store.listRsvpIds({ limit: 2, before });
      expect(rest.map((item) => item.id)).toEqual(["old"]);
    });

    it("keeps every byte value of a preview", async () => {
      const store = await create();
      const bytes = Array.from({ length: 1024 }, (_, index) => index % 256);
      const image = Buffer.from(bytes);
      await store.putPreview("b1", image, 60);

      expect((await store.getPreview("b1"))?.equals(image)).toBe(true);
    });

    it("ends 20 concurrent compare-and-set updates at version 21", async () => {
      const store = await create();
      await store.putRsvp(makeSession("c1"), put(0));
      const updates = Array.from({ length: 20 }, () => bump(store, "c1"));

      expect(await Promise.all(updates)).toEqual(Array(20).fill(true));
      expect((await store.getRsvp("c1"))?.version).toBe(21);
    });

    it("lists live heartbeats, the newest of each instance", async () => {
      const store = await create();
      await store.putHeartbeat("web.1", '{"n":1}', 60);
      await store.putHeartbeat("web.2", '{"n":2}', 1);
      await store.putHeartbeat("web.1", '{"n":3}', 60);

      expect((await store.listHeartbeats()).sort()).toEqual([
        '{"n":2}',
        '{"n":3}',
      ]);
      await wait(1_100);
      expect(await store.listHeartbeats()).toEqual(['{"n":3}']);
    });

    it("starts a counter's window at its first increment", async () => {
      const store = await create();
      await store.incrementCounter("rate:w", 1);
      await wait(600);

      expect(await store.incrementCounter("rate:w", 1)).toBe(2);
      await wait(600);
      expect(await store.incrementCounter("rate:w", 1)).toBe(1);
    });
  });
}

/** One update with retries, as updateSession does, but never giving up. */
async function bump(store: SessionStore, id: string): Promise<boolean> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const current = await store.getRsvp(id);
    if (!current) return false;

    const next: RsvpSession = { ...current, version: current.version + 1 };
    const options = { expectedVersion: current.version, ttlSeconds: 60 };
    if (await store.putRsvp(next, options)) return true;
  }

  return false;
}

function put(expectedVersion: number) {
  return { expectedVersion, ttlSeconds: 60 };
}
