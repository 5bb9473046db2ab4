import type { LuaScript } from "./lua-scripts";

/** One run of a Lua script: KEYS and ARGV as EVAL takes them. */
export interface ScriptCall {
  script: LuaScript;
  keys: string[];
  args: string[];
}

/**
 * The few operations the shared Redis logic needs from a transport: TCP
 * with node-redis, or Upstash's REST API. Script replies are plain:
 * strings, numbers, null, or arrays of them.
 */
export interface RedisPort {
  /** Runs a script by SHA-1, sending its source once if Redis lacks it. */
  runScript(call: ScriptCall): Promise<unknown>;
  getHashField(key: string, field: string): Promise<string | null>;
  /** SET NX PX: true when the key was absent and is now set. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  getBytes(key: string): Promise<Buffer | null>;
  setBytes(key: string, value: Buffer, ttlSeconds: number): Promise<void>;
  /** Resolves when Redis answers PONG; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
