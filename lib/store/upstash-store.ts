/*
 * Upstash over its REST API with @upstash/redis. Every reply travels as
 * JSON, so previews are stored as base64 text, and the client is told not
 * to guess at types: by default it parses any reply that looks like JSON
 * (a stored "42" would come back as the number 42).
 */
import { Redis } from "@upstash/redis";
import type { RedisPort, ScriptCall } from "./redis-port";
import {
  RemoteSessionStore,
  type RemoteSessionStoreOptions,
} from "./remote-session-store";

export interface UpstashStoreOptions extends RemoteSessionStoreOptions {
  /** `UPSTASH_REDIS_REST_URL`. */
  url: string;
  /** `UPSTASH_REDIS_REST_TOKEN`. */
  token: string;
  /**
   * Longest wait for one HTTP request, retry included, in milliseconds.
   * @default 2000
   */
  requestTimeoutMs?: number;
}

/** The session store on an Upstash database, over HTTPS. */
export class UpstashStore extends RemoteSessionStore {
  constructor(options: UpstashStoreOptions) {
    super("upstash", createUpstashPort(options), options);
  }
}

function createUpstashPort(options: UpstashStoreOptions): RedisPort {
  const timeoutMs = options.requestTimeoutMs ?? 2_000;
  const redis = new Redis({
    url: options.url,
    token: options.token,
    automaticDeserialization: false,
    // Replies come base64-encoded and the client decodes them, so text
    // that is not valid JSON survives the trip.
    responseEncoding: "base64",
    // Requests made in the same tick share one POST to /pipeline.
    enableAutoPipelining: true,
    enableTelemetry: false,
    // One retry at most; a fresh signal per request bounds both tries.
    retry: { retries: 1, backoff: () => 50 },
    signal: () => AbortSignal.timeout(timeoutMs),
  });

  return {
    runScript: (call) => runScript(redis, call),
    getHashField: (key, field) => redis.hget<string>(key, field),
    setIfAbsent: async (key, value, ttlMs) => {
      const reply = await redis.set(key, value, { nx: true, px: ttlMs });
      return reply === "OK";
    },
    getBytes: async (key) => {
      const text = await redis.get<string>(key);
      return text === null ? null : Buffer.from(text, "base64");
    },
    setBytes: async (key, value, ttlSeconds) => {
      await redis.set(key, value.toString("base64"), { ex: ttlSeconds });
    },
    ping: async () => {
      const reply = await redis.ping();
      if (reply !== "PONG") throw new Error("Upstash did not answer PONG");
    },
    // HTTP keeps no connection of ours open.
    close: () => Promise.resolve(),
  };
}

async function runScript(
  redis: Redis,
  { script, keys, args }: ScriptCall,
): Promise<unknown> {
  try {
    return await redis.evalsha<string[], unknown>(script.sha1, keys, args);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (!message.includes("NOSCRIPT")) throw error;

    return redis.eval<string[], unknown>(script.source, keys, args);
  }
}
