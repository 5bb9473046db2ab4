import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore, toStoreStatus } from "./get-store";
import { recordLogs, waitUntil } from "./testing/record-logs";
import { startRedisServer, type TestRedisServer } from "./testing/redis-server";
import { startTcpProxy, type TcpProxy } from "./testing/tcp-proxy";
import {
  startUpstashStandIn,
  type UpstashStandIn,
} from "./testing/upstash-stand-in";
import type { SessionStore } from "./types";

const token = randomUUID();
let server: TestRedisServer;
let upstash: UpstashStandIn;
let unreachable: TcpProxy;
const stores: SessionStore[] = [];

beforeAll(async () => {
  server = await startRedisServer();
  upstash = await startUpstashStandIn({ redisUrl: server.url, token });
  unreachable = await startTcpProxy(server.port);
  unreachable.cut();
});

afterAll(async () => {
  // Unset when beforeAll failed (say, without redis-server).
  await Promise.all(stores.map((store) => store.close()));
  await Promise.all([upstash?.close(), unreachable?.close()]);
  await server?.stop();
});

function create(config: Parameters<typeof createStore>[0]) {
  const { log, lines } = recordLogs();
  const store = createStore(config, log);
  stores.push(store);
  const messages = () => lines.map((line) => `${line.level} ${line.msg}`);

  return { store, messages };
}

describe("createStore", () => {
  it("keeps sessions in memory, with a warning, when nothing is set", () => {
    const { store, messages } = create({
      redisUrl: undefined,
      upstash: undefined,
    });

    expect(store.kind).toBe("memory");
    expect(toStoreStatus(store)).toBe("not configured");
    expect(messages()).toEqual([
      "warn ⚠️ No REDIS_URL - using in-memory sessions (single dyno only)",
    ]);
  });

  it("uses Redis when REDIS_URL is set, and says so once it answers", async () => {
    const { store, messages } = create({
      redisUrl: server.url,
      upstash: undefined,
    });

    expect(store.kind).toBe("redis");
    expect(await waitUntil(() => messages().length > 0)).toBe(true);
    expect(messages()).toEqual([
      "info ✅ Redis connected - multi-dyno sessions enabled",
    ]);
    expect(toStoreStatus(store)).toBe("connected");
  });

  it("uses Upstash when only its variables are set", async () => {
    const { store } = create({
      redisUrl: undefined,
      upstash: { url: upstash.url, token },
    });

    expect(store.kind).toBe("upstash");
    expect(await waitUntil(() => toStoreStatus(store) === "connected")).toBe(
      true,
    );
  });

  it("warns that it starts in memory when Redis does not answer", async () => {
    const redisUrl = `redis://127.0.0.1:${unreachable.port}`;
    const { store, messages } = create({ redisUrl, upstash: undefined });

    expect(await waitUntil(() => messages().length > 0)).toBe(true);
    expect(messages()).toEqual([
      "warn ⚠️ Redis unreachable at start-up - using in-memory sessions " +
        "until it answers",
    ]);
    expect(toStoreStatus(store)).toBe("disconnected");
  });
});
