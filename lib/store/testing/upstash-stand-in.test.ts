import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedisServer, type TestRedisServer } from "./redis-server";
import { startUpstashStandIn, type UpstashStandIn } from "./upstash-stand-in";

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

function post(path: string, body: unknown, headers: HeadersInit = {}) {
  return fetch(`${upstash.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
}

describe("Upstash stand-in", () => {
  it("answers 401 without the bearer token", async () => {
    const response = await post("/", ["PING"], { authorization: "Bearer x" });

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Unauthorized" });
  });

  it("runs one command and answers its result", async () => {
    expect(
      await (await post("/", ["SET", "k1", "v", "EX", 60])).json(),
    ).toEqual({ result: "OK" });
    expect(await (await post("/", ["GET", "k1"])).json()).toEqual({
      result: "v",
    });
  });

  it("answers a refused command with 400 and Redis's error", async () => {
    const response = await post("/", ["INCR", "k1"]);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: expect.stringContaining("not an integer") as unknown,
    });
  });

  it("runs a pipeline and answers one entry per command", async () => {
    const response = await post("/pipeline", [
      ["SET", "k2", "5", "EX", "60"],
      ["INCR", "k2"],
      ["HGET", "k2", "x"],
    ]);

    expect(await response.json()).toEqual([
      { result: "OK" },
      { result: 6 },
      { error: expect.stringContaining("WRONGTYPE") as unknown },
    ]);
  });

  it("encodes strings in base64 when asked, except OK", async () => {
    const headers = { "upstash-encoding": "base64" };
    await post("/", ["SET", "k3", "héllo", "EX", "60"], headers);
    const response = await post(
      "/pipeline",
      [["GET", "k3"], ["PING"], ["SET", "k4", "x", "EX", "60"]],
      headers,
    );

    expect(await response.json()).toEqual([
      { result: Buffer.from("héllo").toString("base64") },
      { result: Buffer.from("PONG").toString("base64") },
      { result: "OK" },
    ]);
  });
});
