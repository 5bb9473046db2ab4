import { TimeoutError, type HTTPResponse, type Page } from "puppeteer-core";
import type { RsvpInput } from "../rsvp/schema";
import type { FormMap, FormStep } from "./form-map-schema";
import {
  applyFieldOps,
  findInvalidControls,
  hasElement,
  readErrorTexts,
  type FieldOp,
} from "./page-actions";
import { resolveBinding } from "./resolve-binding";
import { runFieldSteps } from "./run-field-steps";
import {
  describeStep,
  shouldRun,
  toFieldOps,
  toSelector,
  type FieldStep,
} from "./step-plan";
import {
  UpstreamError,
  changed,
  rejected,
  timedOut,
  unavailable,
} from "./upstream-error";

export interface StepContext {
  page: Page;
  map: FormMap;
  baseUrl: string;
  input: RsvpInput;
  signal?: AbortSignal;
  onStep?: (step: string, ms: number) => void;
}

/** Runs steps in order; throws an UpstreamError naming the failed step. */
export async function runSteps(context: StepContext, steps: FormStep[]) {
  context.page.setDefaultTimeout(context.map.timeouts.stepMs);
  let index = 0;
  while (index < steps.length) {
    context.signal?.throwIfAborted();
    index = await runFieldSteps(context, steps, index);
    const step = steps[index];
    if (!step) return;

    index += 1;
    if (!shouldRun(step, context.input)) continue;

    const name = describeStep(step, index - 1);
    const started = performance.now();
    try {
      await runStep(context, step, name);
    } catch (error) {
      throw toUpstreamError(error, name, context.signal);
    }
    context.onStep?.(name, performance.now() - started);
  }
}

async function runStep(context: StepContext, step: FormStep, name: string) {
  const { page, input } = context;
  if (step.action === "goto") {
    const url = new URL(step.path, context.baseUrl).href;
    const response = await page.goto(url, { waitUntil: "domcontentloaded" });
    return assertAnswered(response, name);
  }
  if (step.action === "waitFor")
    return waitForElement(context, step.selector, name);
  if (step.action !== "click" || !step.navigates) {
    return runFieldStep(context, step, name);
  }

  const value = step.value ? resolveBinding(step.value, input) : undefined;
  const selector = toSelector(step.selector, value);
  await waitForElement(context, selector, name);
  return clickAndNavigate(context, selector, name);
}

/** One field step alone, waiting for each element it needs. */
async function runFieldStep(
  context: StepContext,
  step: FieldStep,
  name: string,
) {
  for (const op of toFieldOps(step, context.input)) {
    await waitForElement(context, op.selector, name);
    const applied = await applyFieldOps(context.page, [op]);
    if (applied === 0) throw toFieldError(step, op, name);
  }
}

function toFieldError(step: FieldStep, op: FieldOp, name: string) {
  if (step.action !== "select" || op.kind !== "select") {
    return changed(name, `nothing matches ${op.selector}`);
  }

  const field = "field" in step.value ? step.value.field : undefined;
  if (!field) return changed(name, `no option "${op.text}"`);
  return rejected(
    { [field]: `The registration site does not offer "${op.text}"` },
    name,
  );
}

async function clickAndNavigate(
  context: StepContext,
  selector: string,
  name: string,
) {
  await throwIfFormInvalid(context, selector, name);
  const click = { kind: "click", selector } as const;
  const [response] = await Promise.all([
    context.page.waitForNavigation({ waitUntil: "domcontentloaded" }),
    applyFieldOps(context.page, [click]).then((applied) => {
      if (applied === 0) throw changed(name, `nothing matches ${selector}`);
    }),
  ]);
  await throwIfPageShowsErrors(context, name);
  assertAnswered(response, name);
}

async function throwIfFormInvalid(
  context: StepContext,
  buttonSelector: string,
  name: string,
) {
  const fieldsBySelector = getFieldsBySelector(context.map);
  const invalid = await findInvalidControls(context.page, buttonSelector, [
    ...fieldsBySelector.keys(),
  ]);
  if (invalid.length === 0) return;

  const fields: Record<string, string> = {};
  for (const control of invalid) {
    const field = control.selector && fieldsBySelector.get(control.selector);
    if (field) fields[field] ??= control.message;
  }
  throw rejected(fields, name);
}

async function throwIfPageShowsErrors(context: StepContext, name: string) {
  const { errors } = context.map;
  const selectors = errors.fields.map((entry) => entry.selector);
  const texts = await readErrorTexts(context.page, selectors);
  const fields: Record<string, string> = {};
  for (const entry of errors.fields) {
    const text = texts[entry.selector];
    if (text) fields[entry.field] ??= text;
  }
  const hasSummary =
    errors.summary !== undefined &&
    (await hasElement(context.page, errors.summary));
  if (Object.keys(fields).length > 0 || hasSummary)
    throw rejected(fields, name);
}

async function waitForElement(
  context: StepContext,
  selector: string,
  name: string,
) {
  // Most elements are there already: asking once is one round trip to
  // the page, where waiting for a selector takes several.
  const isThere = await hasElement(context.page, selector).catch(() => false);
  if (isThere) return;

  try {
    await context.page.waitForSelector(selector, {
      timeout: context.map.timeouts.selectorMs,
    });
  } catch (error) {
    if (error instanceof TimeoutError) {
      throw changed(name, `nothing matches ${selector}`);
    }
    throw error;
  }
}

function assertAnswered(response: HTTPResponse | null, name: string) {
  const status = response?.status() ?? 200;
  if (status >= 400) throw unavailable(name, `answered HTTP ${status}`);
}

/** Our field by the selector a fill, select or check step writes it to. */
function getFieldsBySelector(map: FormMap): Map<string, string> {
  const fields = new Map<string, string>();
  for (const step of [...map.fill, ...map.submit]) {
    if (!("value" in step) || !step.value || !("field" in step.value)) continue;
    if (step.selector.includes("{value}")) continue;
    fields.set(step.selector, step.value.field);
  }

  return fields;
}

function toUpstreamError(
  error: unknown,
  step: string,
  signal: AbortSignal | undefined,
): unknown {
  if (error instanceof UpstreamError) return error;
  if (signal?.aborted) return signal.reason;
  if (error instanceof TimeoutError) return timedOut(step);
  const message = error instanceof Error ? error.message : String(error);
  if (/net::ERR_|ECONNREFUSED|Navigation failed/.test(message)) {
    return unavailable(step, message.split("\n")[0] ?? "network error");
  }

  return error;
}
