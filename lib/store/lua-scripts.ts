import { createHash } from "node:crypto";

/** A Lua script and its SHA-1, so a client can send EVALSHA first. */
export interface LuaScript {
  readonly source: string;
  readonly sha1: string;
}

function defineLuaScript(source: string): LuaScript {
  return { source, sha1: createHash("sha1").update(source).digest("hex") };
}

/**
 * Writes an RSVP record only if its stored version is the expected one
 * ("0" when absent), then indexes it by creation time and trims index
 * entries older than the retention, so the index stays bounded.
 * KEYS: record, index. ARGV: expected version, version, JSON, TTL
 * seconds, createdAtMs, id, trim-before ms, index TTL seconds.
 */
export const putRsvpScript = defineLuaScript(`
local current = redis.call('HGET', KEYS[1], 'v') or '0'
if current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'd', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[7])
redis.call('EXPIRE', KEYS[2], ARGV[8])
return 1
`);

/** Deletes a lock only while `token` holds it. KEYS: lock. ARGV: token. */
export const releaseLockScript = defineLuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`);

/**
 * Puts back a lock taken elsewhere with the same token, unless another
 * holder has it. KEYS: lock. ARGV: token, milliseconds.
 */
export const restoreLockScript = defineLuaScript(`
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then return 1 end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`);

/**
 * Adds one; the window starts at the first increment. A key that somehow
 * lost its expiry gets one again, so no counter lives for ever.
 * KEYS: counter. ARGV: window seconds.
 */
export const incrementScript = defineLuaScript(`
local count = redis.call('INCR', KEYS[1])
if count == 1 or redis.call('TTL', KEYS[1]) < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return count
`);

/**
 * Records an instance's heartbeat: its data in a hash, its expiry as a
 * score, and drops instances whose heartbeat lapsed, so both stay small.
 * KEYS: expiry set, data hash. ARGV: instance, data, expires-at ms,
 * now ms, key TTL seconds.
 */
export const putHeartbeatScript = defineLuaScript(`
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
local lapsed = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
for _, instance in ipairs(lapsed) do redis.call('HDEL', KEYS[2], instance) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('EXPIRE', KEYS[2], ARGV[5])
return 1
`);

/**
 * The data of every heartbeat that expires after now.
 * KEYS: expiry set, data hash. ARGV: now ms.
 */
export const listHeartbeatsScript = defineLuaScript(`
local live = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[1], '+inf')
if #live == 0 then return {} end
return redis.call('HMGET', KEYS[2], unpack(live))
`);

/**
 * Index entries, newest first, as a flat list of id, createdAtMs. Run in
 * Lua so both transports see the same reply shape (RESP3 would pair them).
 * KEYS: index. ARGV: upper bound (exclusive, or +inf), limit.
 */
export const listRsvpIdsScript = defineLuaScript(`
return redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[1], '-inf',
  'WITHSCORES', 'LIMIT', 0, ARGV[2])
`);
