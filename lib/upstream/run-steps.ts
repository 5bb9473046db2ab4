import { TimeoutError, type HTTPResponse, type Page } from "puppeteer-core";
import type { RsvpInput } from "../rsvp/schema";
import type { FormMap, FormStep } from "./form-map-schema";
import {
  escapeForSelector,
  findInvalidControls,
  hasElement,
  readErrorTexts,
  selectOption,
  setChecked,
  setValue,
} from "./page-actions";
import { resolveBinding, type BoundValue } from "./resolve-binding";
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
  for (const [index, step] of steps.entries()) {
    context.signal?.throwIfAborted();
    if (!shouldRun(step, context.input)) continue;

    const name = describeStep(step, index);
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

  const value =
    "value" in step && step.value
      ? resolveBinding(step.value, input)
      : undefined;
  if (step.action === "checkEach")
    return checkEach(context, step.selector, value, name);

  const selector = step.selector.replace(
    "{value}",
    escapeForSelector(String(value)),
  );
  await waitForElement(context, selector, name);
  switch (step.action) {
    case "fill":
      return setValue(page, selector, toText(value));
    case "select":
      return select(context, { step, selector, value, name });
    case "check":
      return setChecked(page, selector, value === true || value === "true");
    case "click":
      return step.navigates
        ? clickAndNavigate(context, selector, name)
        : page.$eval(selector, (element) => (element as HTMLElement).click());
  }
}

async function select(
  context: StepContext,
  options: {
    step: Extract<FormStep, { action: "select" }>;
    selector: string;
    value: BoundValue;
    name: string;
  },
) {
  const { step, selector, value, name } = options;
  const text = toText(value);
  const found = await selectOption(context.page, selector, {
    by: step.by,
    value: text,
  });
  if (found || text === "") return;

  const field = "field" in step.value ? step.value.field : undefined;
  if (!field) throw changed(name, `no option "${text}"`);
  throw rejected(
    { [field]: `The registration site does not offer "${text}"` },
    name,
  );
}

async function checkEach(
  context: StepContext,
  template: string,
  value: BoundValue,
  name: string,
) {
  const values = Array.isArray(value) ? value : [];
  for (const item of values) {
    const selector = template.replace("{value}", escapeForSelector(item));
    await waitForElement(context, selector, name);
    await setChecked(context.page, selector, true);
  }
}

async function clickAndNavigate(
  context: StepContext,
  selector: string,
  name: string,
) {
  await throwIfFormInvalid(context, selector, name);
  const [response] = await Promise.all([
    context.page.waitForNavigation({ waitUntil: "domcontentloaded" }),
    context.page.$eval(selector, (element) => (element as HTMLElement).click()),
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

function shouldRun(step: FormStep, input: RsvpInput): boolean {
  if (!step.when) return true;

  const value = input[step.when.field];
  if (step.when.equals !== undefined && value !== step.when.equals)
    return false;

  return step.when.notEquals === undefined || value !== step.when.notEquals;
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

function describeStep(step: FormStep, index: number): string {
  const target = step.action === "goto" ? step.path : step.selector;
  return step.label ?? `step ${index + 1} (${step.action} ${target})`;
}

function toText(value: BoundValue): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
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
