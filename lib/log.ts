import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import pinoPretty from "pino-pretty";
import { getConfig } from "./config";
import { getSingleton } from "./singleton";

/**
 * The one logger. Lines carry ids, states and timings; never names,
 * e-mail addresses, phone numbers, cookies or secrets. JSON in production
 * (Heroku's log drains parse it), readable lines elsewhere.
 */
export function getLogger(): pino.Logger {
  return getSingleton("logger", () => {
    const config = getConfig();
    const options: pino.LoggerOptions = {
      level: config.logLevel,
      base: { instance: config.instanceId },
      redact: {
        paths: ["input", "answers", "*.input", "*.answers", "email", "phone"],
        censor: "[redacted]",
      },
      mixin: () => {
        const requestId = getRequestContext().getStore();
        return requestId ? { requestId } : {};
      },
    };
    if (config.isProduction) return pino(options);

    return pino(options, pinoPretty({ sync: true, singleLine: true }));
  });
}

/**
 * Runs `work` with `requestId` on every line it logs, including lines of
 * work it starts and does not wait for.
 */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return getRequestContext().run(requestId, work);
}

/** A route bundle loaded twice must still share one context. */
function getRequestContext(): AsyncLocalStorage<string> {
  return getSingleton("request-context", () => new AsyncLocalStorage());
}
