/*
 * Redis over TCP with node-redis, through its base package @redis/client.
 * node-redis is the client Redis itself maintains and recommends for new
 * projects, and it can time out a command that was already sent
 * (`timeout` with `rejectInFlight`), which is what keeps a hung Redis
 * from hanging a request; @redis/client is that client without the Redis
 * Stack modules (JSON, search, time series) the `redis` package adds.
 *
 * One client per process: Heroku Redis mini allows 20 connections, shared
 * by up to 10 dynos plus a console or two.
 */
import { createClient, RESP_TYPES } from "@redis/client";
import { getLogger } from "../log";
import type { RedisPort, ScriptCall } from "./redis-port";
import {
  RemoteSessionStore,
  type RemoteSessionStoreOptions,
} from "./remote-session-store";
import { describeStoreError } from "./store-errors";

export interface RedisStoreOptions extends RemoteSessionStoreOptions {
  /** `redis://` or `rediss://`, as Heroku sets `REDIS_URL`. */
  url: string;
  /**
   * Longest wait for one command, sent or not, in milliseconds.
   * @default 1500
   */
  commandTimeoutMs?: number;
  /** Told of connection errors; the default logs them at debug level. */
  onClientError?: (error: Error) => void;
}

/** The session store on a Redis server reached over TCP. */
export class RedisStore extends RemoteSessionStore {
  constructor(options: RedisStoreOptions) {
    super("redis", createNodeRedisPort(options), options);
  }
}

type NodeRedisClient = ReturnType<typeof createNodeRedisClient>;

function createNodeRedisPort(options: RedisStoreOptions): RedisPort {
  const client = createNodeRedisClient(options);
  // Without a listener an "error" event would crash the process; the
  // client reconnects by itself, and the resilient store reports outages.
  client.on("error", options.onClientError ?? logClientError);
  // connect() retries for ever and only rejects once the client is closed.
  client.connect().catch(() => undefined);
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });

  return {
    runScript: (call) => runScript(client, call),
    getHashField: (key, field) => client.hGet(key, field),
    setIfAbsent: async (key, value, ttlMs) => {
      const reply = await client.set(key, value, {
        condition: "NX",
        expiration: { type: "PX", value: ttlMs },
      });
      return reply === "OK";
    },
    getBytes: (key) => binary.get(key),
    setBytes: async (key, value, ttlSeconds) => {
      await client.set(key, value, {
        expiration: { type: "EX", value: ttlSeconds },
      });
    },
    ping: async () => {
      const reply = await client.ping();
      if (reply !== "PONG") throw new Error("Redis did not answer PONG");
    },
    close: () => closeClient(client),
  };
}

function createNodeRedisClient(options: RedisStoreOptions) {
  const socket = {
    connectTimeout: 5_000,
    reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000),
  };

  return createClient({
    url: options.url,
    // Heroku Redis presents a self-signed certificate, so Heroku documents
    // TLS without verifying the chain: the link is encrypted, not
    // authenticated.
    socket: options.url.startsWith("rediss://")
      ? { ...socket, tls: true, rejectUnauthorized: false }
      : socket,
    // Waiting commands are rejected past the timeout, and at most this
    // many wait while the client reconnects.
    commandOptions: {
      timeout: options.commandTimeoutMs ?? 1_500,
      rejectInFlight: true,
    },
    commandsQueueMaxLength: 1_000,
    // Heroku Redis closes connections idle for 300 s by default.
    pingInterval: 60_000,
    maintNotifications: "disabled",
  });
}

async function runScript(
  client: NodeRedisClient,
  { script, keys, args }: ScriptCall,
): Promise<unknown> {
  const options = { keys, arguments: args };
  try {
    return await client.evalSha(script.sha1, options);
  } catch (error) {
    // A restarted or flushed Redis forgets loaded scripts.
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) {
      throw error;
    }

    return client.eval(script.source, options);
  }
}

async function closeClient(client: NodeRedisClient): Promise<void> {
  if (!client.isOpen) return;
  if (client.isReady) return client.close();

  client.destroy();
}

function logClientError(error: Error): void {
  getLogger().debug({ reason: describeStoreError(error) }, "redis error");
}
