import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeStoreContract } from "./store-contract";
import { makeSession } from "./testing/make-session";
import { readKeyTtls, sendToRedis } from "./testing/read-key-ttls";
import { startRedisServer, type TestRedisServer } from "./testing/redis-server";
import {
  startUpstashStandIn,
  type UpstashStandIn,
} from "./testing/upstash-stand-in";
import { UpstashStore } from "./upstash-store";

const token = randomUUID();
let server: TestRedisServer;
let upstash: UpstashStandIn;

beforeAll(async () => {
  server = await startRedisServer();
  upstash = await startUpstashStandIn({ redisUrl: server.url, token });
});

afterAll(async () => {
  // Unset when beforeAll failed (say, without redis-server).
  await upstash?.close();
  await server?.stop();
});

function createStore(prefix = `test:${randomUUID()}:`) {
  return new UpstashStore({ url: upstash.url, token, prefix });
}

describeStoreContract("upstash", () => Promise.resolve(createStore()), sleep);

describe("UpstashStore", () => {
  it("sets a time to live on every key it writes", async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = createStore(prefix);
    await store.putRsvp(makeSession("t1"), {
      expectedVersion: 0,
      ttlSeconds: 60,
    });
    await store.putPreview("t1", Buffer.from([1, 2, 3]), 60);
    await store.acquireLock("submit:t1", 5_000);
    await store.incrementCounter("rate:t1", 60);
    const ttls = await readKeyTtls(server.url, prefix);

    expect(Object.keys(ttls)).toHaveLength(5);
    expect(Object.values(ttls).every((ttl) => ttl > 0)).toBe(true);
  });

  it("stores previews as base64 text, since REST replies are JSON", async () => {
    const prefix = `test:${randomUUID()}:`;
    const image = Buffer.from([0, 255, 128, 10]);
    await createStore(prefix).putPreview("b1", image, 60);
    const stored = await sendToRedis(server.url, [
      "GET",
      `${prefix}preview:b1`,
    ]);

    expect(stored).toBe(image.toString("base64"));
  });

  it("asks for base64 replies and sends concurrent requests as one pipeline", async () => {
    const store = createStore();
    const before = upstash.requests.length;
    await Promise.all([store.getRsvp("p1"), store.getRsvp("p2")]);

    expect(upstash.requests.slice(before)).toEqual([
      { path: "/pipeline", isBase64: true },
    ]);
  });

  it("is refused without the right token", async () => {
    const store = new UpstashStore({ url: upstash.url, token: "wrong" });

    await expect(store.ping()).rejects.toThrow(/Unauthorized/);
  });

  it("fails within its timeout when Redis behind it hangs", async () => {
    const store = new UpstashStore({
      url: upstash.url,
      token,
      requestTimeoutMs: 500,
    });
    server.freeze();
    const started = performance.now();
    try {
      await expect(store.getRsvp("h1")).rejects.toThrow();
    } finally {
      server.thaw();
    }

    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
