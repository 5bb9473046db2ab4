import pino from "pino";
import { getConfig } from "./config";
import { getSingleton } from "./singleton";

/**
 * The one logger. Lines carry ids, states and timings; never names,
 * e-mail addresses, phone numbers, cookies or secrets.
 */
export function getLogger(): pino.Logger {
  return getSingleton("logger", () => {
    const config = getConfig();
    return pino({
      level: config.logLevel,
      base: { instance: config.instanceId },
      redact: {
        paths: ["input", "answers", "*.input", "*.answers", "email", "phone"],
        censor: "[redacted]",
      },
    });
  });
}
