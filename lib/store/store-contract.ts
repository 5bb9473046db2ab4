import { describe, expect, it } from "vitest";
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
  });
}

function put(expectedVersion: number) {
  return { expectedVersion, ttlSeconds: 60 };
}

function makeSession(id: string): RsvpSession {
  const now = new Date().toISOString();
  return {
    id,
    version: 1,
    status: "queued",
    input: {
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      company: "Analytical Engines",
      country: "GB",
      attendance: "attending",
      guests: 0,
      consent: true,
      marketingOptIn: false,
    },
    createdAt: now,
    updatedAt: now,
    expiresAt: now,
    position: 0,
    instance: "test",
    error: null,
    confirmation: null,
    hasPreview: false,
    history: [{ status: "queued", at: now, instance: "test" }],
  };
}
