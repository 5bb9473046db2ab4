import { createClient } from "@redis/client";

/**
 * Every key under `prefix` with its time to live in milliseconds, read
 * straight from Redis (-1 would mean a key that never expires).
 */
export async function readKeyTtls(
  redisUrl: string,
  prefix: string,
): Promise<Record<string, number>> {
  const client = createClient({ url: redisUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const ttls: Record<string, number> = {};
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) {
      for (const key of keys) ttls[key] = await client.pTTL(key);
    }
    return ttls;
  } finally {
    client.destroy();
  }
}

/** Runs one raw command on Redis, for tests that poke at the server. */
export async function sendToRedis(
  redisUrl: string,
  args: string[],
): Promise<unknown> {
  const client = createClient({ url: redisUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await client.sendCommand(args);
  } finally {
    client.destroy();
  }
}
