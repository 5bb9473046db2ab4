import { sealData, unsealData } from "iron-session";
import { describe, expect, it, vi } from "vitest";
import { readSealExpiry, UnsealCache } from "./unseal-cache";

const password = { 1: "a-test-password-of-at-least-32-characters" };

interface Data {
  rsvpIds?: string[];
}

function createCache(now: () => number, maxEntries = 100) {
  return new UnsealCache<Data>({ maxEntries, maxAgeMs: 60_000, now });
}

function countingUnseal() {
  return vi.fn((sealed: string) =>
    unsealData<Data>(sealed, { password, ttl: 3600 }),
  );
}

describe("UnsealCache", () => {
  it("opens a cookie once while it is sent again and again", async () => {
    const sealed = await sealData({ rsvpIds: ["a"] }, { password, ttl: 3600 });
    const unseal = countingUnseal();
    const cache = createCache(() => Date.now());

    for (let i = 0; i < 5; i += 1) {
      expect(await cache.read(sealed, unseal)).toEqual({ rsvpIds: ["a"] });
    }
    expect(unseal).toHaveBeenCalledTimes(1);
  });

  it("opens a changed cookie afresh", async () => {
    const first = await sealData({ rsvpIds: ["a"] }, { password, ttl: 3600 });
    const second = await sealData(
      { rsvpIds: ["b", "a"] },
      { password, ttl: 3600 },
    );
    const cache = createCache(() => Date.now());

    await cache.read(first, countingUnseal());
    expect(await cache.read(second, countingUnseal())).toEqual({
      rsvpIds: ["b", "a"],
    });
  });

  it("forgets an entry after its maximum age", async () => {
    const sealed = await sealData({ rsvpIds: ["a"] }, { password, ttl: 3600 });
    const unseal = countingUnseal();
    let now = Date.now();
    const cache = createCache(() => now);

    await cache.read(sealed, unseal);
    now += 60_001;
    await cache.read(sealed, unseal);

    expect(unseal).toHaveBeenCalledTimes(2);
  });

  it("never answers for a seal past its own expiry", async () => {
    const sealed = await sealData({ rsvpIds: ["a"] }, { password, ttl: 2 });
    const expiry = readSealExpiry(sealed) ?? 0;
    let now = Date.now();
    const cache = createCache(() => now);
    const unseal = vi.fn(async (seal: string) => {
      // What iron-session itself answers once the seal has expired.
      if (now >= expiry) return {};
      return unsealData<Data>(seal, { password, ttl: 2 });
    });

    expect(await cache.read(sealed, unseal)).toEqual({ rsvpIds: ["a"] });
    now = expiry;
    expect(await cache.read(sealed, unseal)).toEqual({});
    expect(unseal).toHaveBeenCalledTimes(2);
  });

  it("keeps no cookie that did not open, so each costs the full check", async () => {
    const sealed = await sealData({ rsvpIds: ["a"] }, { password, ttl: 3600 });
    const tampered = sealed.replace(/\*[^*]+~/, "*AAAA~");
    const unseal = countingUnseal();
    const cache = createCache(() => Date.now());

    expect(await cache.read(tampered, unseal)).toEqual({});
    expect(await cache.read(tampered, unseal)).toEqual({});
    expect(unseal).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });

  it("holds at most maxEntries, dropping the least recently used", async () => {
    const seals = await Promise.all(
      ["a", "b", "c"].map((id) =>
        sealData({ rsvpIds: [id] }, { password, ttl: 3600 }),
      ),
    );
    const [a = "", b = "", c = ""] = seals;
    const unseal = countingUnseal();
    const cache = createCache(() => Date.now(), 2);

    await cache.read(a, unseal);
    await cache.read(b, unseal);
    await cache.read(a, unseal); // a is now the most recent
    await cache.read(c, unseal); // b goes
    expect(cache.size).toBe(2);
    expect(unseal).toHaveBeenCalledTimes(3);

    await cache.read(a, unseal);
    expect(unseal).toHaveBeenCalledTimes(3);
    await cache.read(b, unseal);
    expect(unseal).toHaveBeenCalledTimes(4);
  });

  it("hands out data no caller can change for the next", async () => {
    const sealed = await sealData({ rsvpIds: ["a"] }, { password, ttl: 3600 });
    const cache = createCache(() => Date.now());
    const data = await cache.read(sealed, countingUnseal());

    expect(() => data.rsvpIds?.push("b")).toThrow(TypeError);
    expect(await cache.read(sealed, countingUnseal())).toEqual({
      rsvpIds: ["a"],
    });
  });
});

describe("readSealExpiry", () => {
  it("reads the expiry iron-session sealed in", async () => {
    const before = Date.now();
    const sealed = await sealData({ a: 1 }, { password, ttl: 60 });

    const expiry = readSealExpiry(sealed) ?? 0;
    expect(expiry).toBeGreaterThanOrEqual(before + 60_000);
    expect(expiry).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it("answers undefined for anything that is not an iron seal", () => {
    expect(readSealExpiry("not-a-seal")).toBeUndefined();
    expect(readSealExpiry("Fe26.2*1*a*b*c**d*e~2")).toBeUndefined();
    expect(readSealExpiry("Fe26.1*1*a*b*c*123*d*e")).toBeUndefined();
  });
});
