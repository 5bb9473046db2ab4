import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../config";

describe("the staff and operations variables", () => {
  it("are off, or eight hours, when unset", () => {
    const config = parseConfig({});

    expect(config.staffPassword).toBeUndefined();
    expect(config.metricsToken).toBeUndefined();
    expect(config.formCheckIntervalMinutes).toBe(0);
    expect(config.staffSessionMinutes).toBe(480);
  });

  it("read a token, an interval and a session length", () => {
    const config = parseConfig({
      METRICS_TOKEN: " scrape-me ",
      FORM_CHECK_INTERVAL_MINUTES: "15",
      STAFF_SESSION_MINUTES: "60",
    });

    expect(config.metricsToken).toBe("scrape-me");
    expect(config.formCheckIntervalMinutes).toBe(15);
    expect(config.staffSessionMinutes).toBe(60);
  });

  it("name the variable when a value is out of range", () => {
    const parse = (env: Record<string, string>) => () => parseConfig(env);

    expect(parse({ FORM_CHECK_INTERVAL_MINUTES: "-5" })).toThrow(
      /FORM_CHECK_INTERVAL_MINUTES: expected a whole number/,
    );
    expect(parse({ STAFF_SESSION_MINUTES: "1" })).toThrow(ConfigError);
  });
});
