import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RedisStore } from "./redis-store";
import { ResilientStore } from "./resilient-store";
import { makeSession } from "./testing/make-session";
import { StoreDataError } from "./store-errors";
import { readKeyTtls, sendToRedis } from "./testing/read-key-ttls";
import { recordLogs, waitUntil } from "./testing/record-logs";
import { startRedisServer, type TestRedisServer } from "./testing/redis-server";
import { startTcpProxy, type TcpProxy } from "./testing/tcp-proxy";
import type { RsvpSession } from "./types";

let server: TestRedisServer;
let proxy: TcpProxy;
const closers: (() => Promise<void>)[] = [];
const put = { expectedVersion: 0, ttlSeconds: 60 };

beforeAll(async () => {
  server = await startRedisServer();
  proxy = await startTcpProxy(server.port);
});

afterEach(async () => {
  proxy.restore();
  await Promise.all(closers.splice(0).map((close) => close()));
});

afterAll(async () => {
  // Unset when beforeAll failed (say, without redis-server).
  await proxy?.close();
  await server?.stop();
});

/** This instance reaches Redis through the proxy; `direct` does not. */
function createStores() {
  const prefix = `test:${randomUUID()}:`;
  const url = `redis://127.0.0.1:${proxy.port}`;
  const quiet = () => undefined;
  const remote = new RedisStore({
    url,
    prefix,
    commandTimeoutMs: 300,
    onClientError: quiet,
  });
  const { log, lines } = recordLogs();
  const store = new ResilientStore(remote, {
    log,
    firstRetryMs: 100,
    maxRetryMs: 400,
  });
  const direct = new RedisStore({
    url: server.url,
    prefix,
    onClientError: quiet,
  });
  closers.push(
    () => store.close(),
    () => direct.close(),
  );

  return { store, direct, lines, prefix };
}

function linesSaying(lines: { msg: string }[], text: string) {
  return lines.filter((line) => line.msg.startsWith(text));
}

describe("ResilientStore", () => {
  it("serves from memory when Redis goes away, warning once", async () => {
    const { store, lines } = createStores();
    expect(await store.start()).toBe(true);
    await store.putRsvp(makeSession("before"), put);
    proxy.cut();

    expect(await store.putRsvp(makeSession("during"), put)).toBe(true);
    expect((await store.getRsvp("during"))?.id).toBe("during");
    expect((await store.getRsvp("before"))?.id).toBe("before");
    expect(await store.incrementCounter("rate:x", 60)).toBe(1);
    expect(store.status).toBe("disconnected");
    expect(linesSaying(lines, "Redis lost")).toEqual([
      expect.objectContaining({ level: "warn", store: "redis" }),
    ]);
  });

  it("still knows, during an outage, an RSVP it read before", async () => {
    const { store, direct } = createStores();
    await store.start();
    await direct.putRsvp(makeSession("seen"), put);
    await store.getRsvp("seen");
    proxy.cut();

    expect((await store.getRsvp("seen"))?.id).toBe("seen");
    expect(await store.getRsvp("never-seen")).toBeNull();
    expect(store.status).toBe("disconnected");
  });

  it("passes on a corrupt record rather than falling back", async () => {
    const { store, prefix } = createStores();
    await store.start();
    await sendToRedis(server.url, ["HSET", `${prefix}rsvp:bad`, "d", "{"]);

    await expect(store.getRsvp("bad")).rejects.toThrow(StoreDataError);
    expect(store.status).toBe("connected");
  });

  it("keeps a newer version another instance wrote meanwhile", async () => {
    const { store, direct } = createStores();
    await store.start();
    await store.putRsvp(makeSession("r1"), put);
    proxy.cut();
    await store.putRsvp(next(makeSession("r1"), "cancelled"), {
      ...put,
      expectedVersion: 1,
    });
    const theirs = next(next(makeSession("r1"), "filling"), "preview");
    await direct.putRsvp(next(makeSession("r1"), "filling"), {
      ...put,
      expectedVersion: 1,
    });
    await direct.putRsvp(theirs, { ...put, expectedVersion: 2 });
    proxy.restore();

    expect(await waitUntil(() => store.status === "connected")).toBe(true);
    expect(await direct.getRsvp("r1")).toEqual(theirs);
  });

  it("puts back a lock taken during the outage, token and all", async () => {
    const { store, direct } = createStores();
    await store.start();
    proxy.cut();
    const token = await store.acquireLock("submit:l1", 30_000);
    proxy.restore();

    expect(await waitUntil(() => store.status === "connected")).toBe(true);
    expect(await direct.acquireLock("submit:l1", 30_000)).toBeNull();
    expect(await store.releaseLock("submit:l1", token ?? "")).toBe(true);
    expect(await direct.acquireLock("submit:l1", 30_000)).not.toBeNull();
  });

  it("starts disconnected when Redis cannot be reached, then connects", async () => {
    proxy.cut();
    const { store, lines } = createStores();

    expect(await store.start()).toBe(false);
    expect(store.status).toBe("disconnected");
    proxy.restore();
    expect(await waitUntil(() => store.status === "connected")).toBe(true);
    expect(linesSaying(lines, "Redis lost")).toEqual([]);
  });

  it("falls back when Redis hangs and returns when it answers", async () => {
    const { store } = createStores();
    await store.start();
    server.freeze();
    try {
      expect(await store.getRsvp("nothing")).toBeNull();
      expect(store.status).toBe("disconnected");
    } finally {
      server.thaw();
    }

    expect(await waitUntil(() => store.status === "connected")).toBe(true);
  });

  it("writes back what it accepted while redis-server was stopped", async () => {
    const { store, lines, prefix } = createStores();
    await store.start();
    await server.stop();
    const session = makeSession("o1");
    const image = Buffer.from([0, 1, 254, 255]);
    await store.putRsvp(session, put);
    await store.putPreview("o1", image, 60);

    expect(store.status).toBe("disconnected");
    await server.start();
    expect(await waitUntil(() => store.status === "connected")).toBe(true);
    const fresh = new RedisStore({ url: server.url, prefix });
    closers.push(() => fresh.close());
    expect(await fresh.getRsvp("o1")).toEqual(session);
    expect(await fresh.getPreview("o1")).toEqual(image);
    const ttls = await readKeyTtls(server.url, prefix);
    for (const key of ["rsvp:o1", "preview:o1"]) {
      expect(ttls[prefix + key]).toBeGreaterThan(55_000);
      expect(ttls[prefix + key]).toBeLessThanOrEqual(60_000);
    }
    expect(linesSaying(lines, "Redis reconnected")).toHaveLength(1);
  });
});

/** The record as the next compare-and-set write would make it. */
function next(session: RsvpSession, status: RsvpSession["status"]) {
  return { ...session, version: session.version + 1, status };
}
