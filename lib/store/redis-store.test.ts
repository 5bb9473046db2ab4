import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisStore, type RedisStoreOptions } from "./redis-store";
import { describeStoreContract } from "./store-contract";
import { makeSession } from "./testing/make-session";
import { readKeyTtls, sendToRedis } from "./testing/read-key-ttls";
import { startRedisServer, type TestRedisServer } from "./testing/redis-server";

let server: TestRedisServer;
const stores: RedisStore[] = [];
const clientErrors: Error[] = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  // Unset when beforeAll failed (say, without redis-server).
  await Promise.all(stores.map((store) => store.close()));
  await server?.stop();
});

function createStore(options: Partial<RedisStoreOptions> = {}) {
  const store = new RedisStore({
    url: server.url,
    prefix: `test:${randomUUID()}:`,
    onClientError: (error) => clientErrors.push(error),
    ...options,
  });
  stores.push(store);

  return store;
}

describeStoreContract("redis", () => Promise.resolve(createStore()), sleep);

describe("RedisStore", () => {
  it("sets a time to live on every key it writes", async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = createStore({ prefix });
    await store.putRsvp(makeSession("t1"), {
      expectedVersion: 0,
      ttlSeconds: 60,
    });
    await store.putPreview("t1", Buffer.from([1, 2, 3]), 60);
    await store.acquireLock("submit:t1", 5_000);
    await store.incrementCounter("rate:t1", 60);
    const ttls = await readKeyTtls(server.url, prefix);

    expect(Object.keys(ttls).sort()).toEqual(
      [
        "counter:rate:t1",
        "lock:submit:t1",
        "preview:t1",
        "rsvp-index",
        "rsvp:t1",
      ]
        .map((key) => prefix + key)
        .sort(),
    );
    expect(Object.values(ttls).every((ttl) => ttl > 0)).toBe(true);
  });

  it("trims index entries older than the retention on every write", async () => {
    const store = createStore({ retentionSeconds: 60 });
    const longAgo = new Date(Date.now() - 120_000).toISOString();
    const put = { expectedVersion: 0, ttlSeconds: 60 };
    await store.putRsvp({ ...makeSession("old"), createdAt: longAgo }, put);
    await store.putRsvp(makeSession("new"), put);

    const listed = await store.listRsvpIds({ limit: 10 });
    expect(listed.map((item) => item.id)).toEqual(["new"]);
  });

  it("runs its scripts again after Redis has forgotten them", async () => {
    const store = createStore();
    await store.incrementCounter("rate:s", 60);
    await sendToRedis(server.url, ["SCRIPT", "FLUSH"]);

    expect(await store.incrementCounter("rate:s", 60)).toBe(2);
  });

  it("gives up on a command within its timeout when Redis hangs", async () => {
    const store = createStore({ commandTimeoutMs: 300 });
    await store.ping();
    server.freeze();
    const started = performance.now();
    try {
      await expect(store.getRsvp("h1")).rejects.toThrow();
    } finally {
      server.thaw();
    }

    expect(performance.now() - started).toBeLessThan(1_500);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it("fails fast while Redis is down and works again once it is back", async () => {
    const store = createStore({ commandTimeoutMs: 300 });
    await store.ping();
    await server.stop();

    await expect(store.ping()).rejects.toThrow();
    expect(clientErrors.length).toBeGreaterThan(0);
    await server.start();
    await expect(waitForPing(store)).resolves.toBe(true);
    expect(await store.incrementCounter("rate:back", 60)).toBe(1);
  });
});

describe("RedisStore over TLS", () => {
  it("accepts the self-signed certificate of a rediss:// URL", async () => {
    const tlsServer = await startRedisServer({ tls: true });
    const store = new RedisStore({ url: tlsServer.url });
    try {
      const session = makeSession("s1");
      await store.putRsvp(session, { expectedVersion: 0, ttlSeconds: 60 });

      expect(tlsServer.url).toMatch(/^rediss:/);
      expect(await store.getRsvp("s1")).toEqual(session);
    } finally {
      await store.close();
      await tlsServer.stop();
    }
  });
});

async function waitForPing(store: RedisStore): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (
      await store.ping().then(
        () => true,
        () => false,
      )
    )
      return true;
    await sleep(100);
  }

  return false;
}
