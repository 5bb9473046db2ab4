/*
 * A stand-in for Upstash's cloud, which tests cannot reach: a small HTTP
 * server speaking the part of Upstash's REST protocol that @upstash/redis
 * uses, forwarding every command to a real redis-server.
 *
 * - `POST /` with a command as a JSON array, e.g. ["SET","k","v","EX","60"],
 *   answers {"result": …}, or HTTP 400 {"error": "…"} when Redis refuses.
 * - `POST /pipeline` with an array of commands answers an array of
 *   {"result"} or {"error"}, one per command, with HTTP 200.
 * - `Authorization: Bearer <token>` is required; otherwise HTTP 401.
 * - With `Upstash-Encoding: base64` (the client asks for it by default),
 *   every string in a reply is base64-encoded except the status "OK",
 *   which the client passes through as is.
 * - Redis unreachable: HTTP 503, so the client sees a failed request.
 */
import { createClient, ErrorReply, RESP_TYPES } from "@redis/client";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface UpstashStandIn {
  readonly url: string;
  /** The requests so far, in order: path, and whether base64 was asked. */
  readonly requests: { path: string; isBase64: boolean }[];
  close(): Promise<void>;
}

type Forward = (args: string[]) => Promise<unknown>;
type Answer = { status: number; body: unknown };

export async function startUpstashStandIn(options: {
  redisUrl: string;
  token: string;
}): Promise<UpstashStandIn> {
  const client = createClient({
    url: options.redisUrl,
    RESP: 2,
    commandOptions: { timeout: 1_000, rejectInFlight: true },
    socket: { reconnectStrategy: () => 100 },
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  client.on("error", () => undefined);
  await client.connect();
  const forward: Forward = (args) => client.sendCommand(args);
  const requests: UpstashStandIn["requests"] = [];

  const server = createServer((request, response) => {
    const isBase64 = request.headers["upstash-encoding"] === "base64";
    requests.push({ path: request.url ?? "", isBase64 });
    void answer(request, options.token, forward).then(({ status, body }) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      client.destroy();
    },
  };
}

async function answer(
  request: IncomingMessage,
  token: string,
  forward: Forward,
): Promise<Answer> {
  if (request.method !== "POST") {
    return { status: 405, body: { error: "Use POST" } };
  }
  if (request.headers.authorization !== `Bearer ${token}`) {
    return { status: 401, body: { error: "Unauthorized" } };
  }

  const body = parseJson(await readBody(request));
  const isBase64 = request.headers["upstash-encoding"] === "base64";
  if (request.url === "/") return runOne(body, forward, isBase64);
  if (request.url === "/pipeline" && Array.isArray(body)) {
    const results = await Promise.all(
      body.map((command) => runOne(command, forward, isBase64)),
    );
    const isDown = results.some((result) => result.status === 503);
    return isDown
      ? { status: 503, body: { error: "Redis is unreachable" } }
      : { status: 200, body: results.map((result) => result.body) };
  }

  return { status: 404, body: { error: `No route ${request.url}` } };
}

async function runOne(
  command: unknown,
  forward: Forward,
  isBase64: boolean,
): Promise<Answer> {
  const args = toArguments(command);
  if (!args) return { status: 400, body: { error: "ERR bad command" } };

  try {
    const reply = await forward(args);
    return { status: 200, body: { result: toJsonReply(reply, isBase64) } };
  } catch (error) {
    if (error instanceof ErrorReply) {
      return { status: 400, body: { error: error.message } };
    }
    return { status: 503, body: { error: "Redis is unreachable" } };
  }
}

function toArguments(command: unknown): string[] | undefined {
  if (!Array.isArray(command) || command.length === 0) return undefined;
  const args = command.filter((arg): arg is string | number | boolean =>
    ["string", "number", "boolean"].includes(typeof arg),
  );

  return args.length === command.length ? args.map(String) : undefined;
}

/** Bulk strings arrive as Buffers, status replies as strings. */
function toJsonReply(reply: unknown, isBase64: boolean): unknown {
  if (Buffer.isBuffer(reply)) {
    return reply.toString(isBase64 ? "base64" : "utf8");
  }
  if (typeof reply === "string") {
    const isPlain = !isBase64 || reply === "OK";
    return isPlain ? reply : Buffer.from(reply).toString("base64");
  }
  if (Array.isArray(reply)) {
    return reply.map((item) => toJsonReply(item, isBase64));
  }

  return reply ?? null;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
