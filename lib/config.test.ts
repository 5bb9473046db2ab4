import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const secret = "s".repeat(32);

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("parseConfig", () => {
  it("applies API.md's defaults", () => {
    const config = parseConfig({ NODE_ENV: "development" });

    expect(config).toMatchObject({
      port: 3000,
      maxConcurrentBrowsers: 3,
      maxQueue: 20,
      sessionTtlSeconds: 600,
      sweepIntervalSeconds: 120,
      rateLimitPerMinute: 10,
      browserMode: "shared",
    });
  });

  it("names every bad variable, one line each", () => {
    const problems = problemsOf({
      MAX_CONCURRENT_BROWSERS: "lots",
      REDIS_URL: "http://nope",
      PORT: "70000",
    });

    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/^MAX_CONCURRENT_BROWSERS: /m);
    expect(problems.join("\n")).toMatch(/^REDIS_URL: .*redis:\/\//m);
    expect(problems.join("\n")).toMatch(/^PORT: /m);
  });

  it("refuses production without a session secret", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^SESSION_SECRET: required in production/),
    ]);
  });

  it("refuses a short session secret", () => {
    expect(problemsOf({ SESSION_SECRET: "short" })[0]).toMatch(
      /^SESSION_SECRET: expected at least 32 characters/,
    );
  });

  it("reads several secrets, newest first", () => {
    const older = "o".repeat(40);
    const config = parseConfig({ SESSION_SECRET: `${secret}, ${older}` });

    expect(config.sessionSecrets).toEqual([
      { id: 2, secret },
      { id: 1, secret: older },
    ]);
  });

  it("wants both Upstash variables or neither", () => {
    expect(
      problemsOf({ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })[0],
    ).toMatch(/set both or neither/);
  });

  it("uses Secure cookies in production unless told otherwise", () => {
    const base = { NODE_ENV: "production", SESSION_SECRET: secret } as const;

    expect(parseConfig(base).cookieSecure).toBe(true);
    expect(parseConfig({ ...base, COOKIE_SECURE: "false" }).cookieSecure).toBe(
      false,
    );
    expect(parseConfig({ NODE_ENV: "development" }).cookieSecure).toBe(false);
  });

  it("takes the instance id from DYNO", () => {
    expect(parseConfig({ DYNO: "web.3" }).instanceId).toBe("web.3");
  });
});
