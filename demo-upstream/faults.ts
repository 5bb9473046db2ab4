import { fieldNames, isFieldName } from "./fields";

export const hangModes = ["off", "all", "submit", "steps"] as const;

export type HangMode = (typeof hangModes)[number];

/** Misbehaviour the site can put on, so tests can see the gateway cope. */
export interface DemoFaults {
  /** Milliseconds added before every response. @default 0 */
  latencyMs: number;
  /** Share of page requests, 0 to 1, answered with a 503. @default 0 */
  errorRate: number;
  /** Which requests are never answered. @default "off" */
  hang: HangMode;
  /** A field shown under a new name, as if the form changed. @default null */
  renameField: string | null;
}

type FaultKey = keyof DemoFaults;

/** Environment variables; `process.env` is one. */
export type EnvVariables = Readonly<Record<string, string | undefined>>;

export const defaultFaults: Readonly<DemoFaults> = {
  latencyMs: 0,
  errorRate: 0,
  hang: "off",
  renameField: null,
};

/** Raised for a fault setting out of range; the message says what fits. */
export class FaultConfigError extends Error {
  override name = "FaultConfigError";
}

interface FaultRule<K extends FaultKey> {
  envName: string;
  expected: string;
  fromEnv(text: string): unknown;
  parse(value: unknown): DemoFaults[K] | undefined;
}

// A latency cap keeps a typo from parking requests for hours.
const maxLatencyMs = 120_000;

const faultRules: { [K in FaultKey]: FaultRule<K> } = {
  latencyMs: {
    envName: "DEMO_LATENCY_MS",
    expected: `a whole number of milliseconds from 0 to ${maxLatencyMs}`,
    fromEnv: Number,
    parse: (value) => (isLatency(value) ? value : undefined),
  },
  errorRate: {
    envName: "DEMO_ERROR_RATE",
    expected: "a number from 0 to 1",
    fromEnv: Number,
    parse: (value) => (isRate(value) ? value : undefined),
  },
  hang: {
    envName: "DEMO_HANG",
    expected: `one of ${hangModes.join(", ")}`,
    fromEnv: (text) => text,
    parse: (value) => hangModes.find((mode) => mode === value),
  },
  renameField: {
    envName: "DEMO_RENAME_FIELD",
    expected: `empty or one of ${fieldNames.join(", ")}`,
    fromEnv: (text) => text,
    parse: toRenameField,
  },
};

/**
 * Reads DEMO_LATENCY_MS, DEMO_ERROR_RATE, DEMO_HANG and DEMO_RENAME_FIELD;
 * unset or empty variables keep the defaults.
 * @throws FaultConfigError naming the variable when a value does not fit.
 */
export function readFaultsFromEnv(env: EnvVariables): DemoFaults {
  return {
    latencyMs: readEnvFault(env, "latencyMs"),
    errorRate: readEnvFault(env, "errorRate"),
    hang: readEnvFault(env, "hang"),
    renameField: readEnvFault(env, "renameField"),
  };
}

/** Whether DEMO_FAULT_CONTROL=1 allows changing faults over HTTP. */
export function readFaultControlFromEnv(env: EnvVariables): boolean {
  const text = env.DEMO_FAULT_CONTROL?.trim() ?? "";
  if (text === "" || text === "0") return false;

  if (text === "1") return true;

  throw new FaultConfigError(
    `DEMO_FAULT_CONTROL must be 0 or 1; got "${text}"`,
  );
}

/**
 * The faults after a change; keys left undefined keep their value.
 * @throws FaultConfigError when a value does not fit.
 */
export function applyFaultChange(
  current: DemoFaults,
  change: Partial<DemoFaults>,
): DemoFaults {
  return {
    latencyMs: pickFault(current, change, "latencyMs"),
    errorRate: pickFault(current, change, "errorRate"),
    hang: pickFault(current, change, "hang"),
    renameField: pickFault(current, change, "renameField"),
  };
}

/**
 * Reads a change of faults sent as JSON; unknown keys are refused.
 * @throws FaultConfigError saying what is wrong.
 */
export function parseFaultChange(input: unknown): Partial<DemoFaults> {
  if (!isRecord(input)) {
    throw new FaultConfigError('Send a JSON object, e.g. {"hang":"off"}');
  }

  const unknownKey = Object.keys(input).find((key) => !isFaultKey(key));
  if (unknownKey !== undefined) {
    throw new FaultConfigError(`Unknown fault "${unknownKey}"`);
  }

  return {
    latencyMs: readChangedFault(input, "latencyMs"),
    errorRate: readChangedFault(input, "errorRate"),
    hang: readChangedFault(input, "hang"),
    renameField: readChangedFault(input, "renameField"),
  };
}

function readEnvFault<K extends FaultKey>(
  env: EnvVariables,
  key: K,
): DemoFaults[K] {
  const rule: FaultRule<K> = faultRules[key];
  const text = env[rule.envName]?.trim() ?? "";
  if (text === "") return defaultFaults[key];

  const value = rule.parse(rule.fromEnv(text));
  if (value === undefined) {
    throw new FaultConfigError(
      `${rule.envName} must be ${rule.expected}; got "${text}"`,
    );
  }

  return value;
}

function pickFault<K extends FaultKey>(
  current: DemoFaults,
  change: Partial<DemoFaults>,
  key: K,
): DemoFaults[K] {
  const value = change[key];
  if (value === undefined) return current[key];

  return checkFault(key, value);
}

function readChangedFault<K extends FaultKey>(
  input: Record<string, unknown>,
  key: K,
): DemoFaults[K] | undefined {
  if (!Object.hasOwn(input, key)) return undefined;

  return checkFault(key, input[key]);
}

function checkFault<K extends FaultKey>(key: K, value: unknown): DemoFaults[K] {
  const rule: FaultRule<K> = faultRules[key];
  const parsed = rule.parse(value);
  if (parsed === undefined) {
    throw new FaultConfigError(`${key} must be ${rule.expected}`);
  }

  return parsed;
}

function isLatency(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    Number(value) >= 0 &&
    Number(value) <= maxLatencyMs
  );
}

function isRate(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= 1;
}

function toRenameField(value: unknown): string | null | undefined {
  if (value === null || value === "") return null;

  return typeof value === "string" && isFieldName(value) ? value : undefined;
}

function isFaultKey(key: string): key is FaultKey {
  return Object.hasOwn(defaultFaults, key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
