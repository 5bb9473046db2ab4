import { hostname } from "node:os";
import { z } from "zod";
import { parseSessionSecrets, type SessionSecret } from "./session-secrets";

/**
 * Every environment variable the service reads, parsed once. This is the
 * only module that touches `process.env`; a bad value stops start-up with
 * one line per variable that names it and says what is expected.
 */
const intFrom = (min: number, max: number, fallback: number) =>
  z.coerce
    .number()
    .int(`a whole number from ${min} to ${max}`)
    .min(min, `a whole number from ${min} to ${max}`)
    .max(max, `a whole number from ${min} to ${max}`)
    .default(fallback);

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const booleanFlag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"], "true or false")
    .optional()
    .transform((value) =>
      value === undefined ? fallback : value === "true" || value === "1",
    );

const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  PORT: intFrom(1, 65535, 3000),
  SESSION_SECRET: optionalText,
  REDIS_URL: optionalText.refine(
    (value) => value === undefined || /^rediss?:\/\//.test(value),
    "a redis:// or rediss:// URL",
  ),
  UPSTASH_REDIS_REST_URL: optionalText.refine(
    (value) => value === undefined || /^https?:\/\//.test(value),
    "an https:// URL",
  ),
  UPSTASH_REDIS_REST_TOKEN: optionalText,
  MAX_CONCURRENT_BROWSERS: intFrom(1, 64, 3),
  MAX_QUEUE: intFrom(0, 10_000, 20),
  MAX_OPEN_PAGES: intFrom(0, 1_000, 20),
  SESSION_TTL_SECONDS: intFrom(30, 86_400, 600),
  SWEEP_INTERVAL_SECONDS: intFrom(1, 3_600, 120),
  CHROMIUM_PATH: optionalText,
  UPSTREAM_FORM_MAP: optionalText,
  UPSTREAM_BASE_URL: optionalText.refine(
    (value) => value === undefined || /^https?:\/\//.test(value),
    "an http:// or https:// URL",
  ),
  EVENT_FILE: optionalText,
  RATE_LIMIT_PER_MINUTE: intFrom(0, 100_000, 10),
  STAFF_PASSWORD: optionalText,
  STAFF_SESSION_MINUTES: intFrom(5, 1_440, 480),
  METRICS_TOKEN: optionalText,
  FORM_CHECK_INTERVAL_MINUTES: intFrom(0, 10_080, 0),
  HIREFIRE_TOKEN: optionalText,
  HEROKU_RELEASE_VERSION: optionalText,
  HEROKU_SLUG_COMMIT: optionalText,
  DYNO: optionalText,
  COOKIE_SECURE: booleanFlag(true),
  BROWSER_MODE: z
    .enum(["shared", "per-rsvp"], "shared or per-rsvp")
    .default("shared"),
  DRAIN_SECONDS: intFrom(1, 28, 20),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
});

type Env = z.infer<typeof envSchema>;

export interface Config {
  isProduction: boolean;
  port: number;
  /** Cookie sealing secrets; the highest id seals, all unseal. */
  sessionSecrets: SessionSecret[];
  redisUrl: string | undefined;
  upstash: { url: string; token: string } | undefined;
  maxConcurrentBrowsers: number;
  maxQueue: number;
  maxOpenPages: number;
  sessionTtlSeconds: number;
  sweepIntervalSeconds: number;
  chromiumPath: string | undefined;
  formMapPath: string | undefined;
  upstreamBaseUrl: string | undefined;
  eventFile: string | undefined;
  rateLimitPerMinute: number;
  staffPassword: string | undefined;
  /** How long a staff sign-in lasts. @default 480 (8 hours) */
  staffSessionMinutes: number;
  /** Enables GET /api/metrics for a bearer of this token. */
  metricsToken: string | undefined;
  /** Minutes between scheduled form checks; 0 turns them off. @default 0 */
  formCheckIntervalMinutes: number;
  /** Enables GET /hirefire/{token}/info for HireFire's autoscaler. */
  hirefireToken: string | undefined;
  /** The release this process runs (Heroku's dyno metadata), or "dev". */
  version: string;
  instanceId: string;
  cookieSecure: boolean;
  /** "per-rsvp" launches a browser per attendee: the benchmark's baseline. */
  browserMode: "shared" | "per-rsvp";
  logLevel: Env["LOG_LEVEL"];
  /** How long running jobs may finish after SIGTERM (Heroku allows 30 s). */
  drainSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment; throws ConfigError naming every bad variable. */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join(".")}: expected ${issue.message}`,
      ),
    );
  }

  const problems = findCrossFieldProblems(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);

  return toConfig(parsed.data);
}

let cached: Config | undefined;

/** The configuration of this process, parsed on first use. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

function findCrossFieldProblems(env: Env): string[] {
  const problems: string[] = [];
  const secrets = parseSessionSecrets(env.SESSION_SECRET);
  if (env.NODE_ENV === "production" && secrets.secrets.length === 0) {
    problems.push(
      "SESSION_SECRET: required in production (at least 32 characters)",
    );
  }
  problems.push(...secrets.problems);
  if (
    Boolean(env.UPSTASH_REDIS_REST_URL) !==
    Boolean(env.UPSTASH_REDIS_REST_TOKEN)
  ) {
    problems.push(
      "UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN: set both or neither",
    );
  }

  return problems;
}

function toConfig(env: Env): Config {
  const upstash =
    env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
      ? { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN }
      : undefined;

  return {
    isProduction: env.NODE_ENV === "production",
    port: env.PORT,
    sessionSecrets: parseSessionSecrets(env.SESSION_SECRET).secrets,
    redisUrl: env.REDIS_URL,
    upstash,
    maxConcurrentBrowsers: env.MAX_CONCURRENT_BROWSERS,
    maxQueue: env.MAX_QUEUE,
    maxOpenPages: env.MAX_OPEN_PAGES,
    sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    sweepIntervalSeconds: env.SWEEP_INTERVAL_SECONDS,
    chromiumPath: env.CHROMIUM_PATH,
    formMapPath: env.UPSTREAM_FORM_MAP,
    upstreamBaseUrl: env.UPSTREAM_BASE_URL,
    eventFile: env.EVENT_FILE,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    staffPassword: env.STAFF_PASSWORD,
    staffSessionMinutes: env.STAFF_SESSION_MINUTES,
    metricsToken: env.METRICS_TOKEN,
    formCheckIntervalMinutes: env.FORM_CHECK_INTERVAL_MINUTES,
    hirefireToken: env.HIREFIRE_TOKEN,
    version:
      env.HEROKU_RELEASE_VERSION ??
      env.HEROKU_SLUG_COMMIT?.slice(0, 7) ??
      "dev",
    instanceId: env.DYNO ?? hostname(),
    cookieSecure: env.NODE_ENV === "production" && env.COOKIE_SECURE,
    browserMode: env.BROWSER_MODE,
    logLevel: env.LOG_LEVEL,
    drainSeconds: env.DRAIN_SECONDS,
  };
}
