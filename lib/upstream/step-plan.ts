import type { RsvpInput } from "../rsvp/schema";
import type { FormStep } from "./form-map-schema";
import { escapeForSelector, type FieldOp } from "./page-actions";
import { resolveBinding, type BoundValue } from "./resolve-binding";

/** Steps that change controls of the page without leaving it. */
export type FieldStep = Extract<
  FormStep,
  { action: "fill" | "select" | "check" | "checkEach" | "click" }
>;

export function isFieldStep(step: FormStep): step is FieldStep {
  if (step.action === "click") return !step.navigates;

  return ["fill", "select", "check", "checkEach"].includes(step.action);
}

/** The changes a field step makes for this attendee, in order. */
export function toFieldOps(step: FieldStep, input: RsvpInput): FieldOp[] {
  const value = step.value ? resolveBinding(step.value, input) : undefined;
  if (step.action === "checkEach") {
    const values = Array.isArray(value) ? value : [];
    return values.map((item) => ({
      kind: "check",
      selector: step.selector.replace("{value}", escapeForSelector(item)),
      checked: true,
    }));
  }

  const selector = toSelector(step.selector, value);
  switch (step.action) {
    case "fill":
      return [{ kind: "fill", selector, text: toText(value) }];
    case "select":
      return [{ kind: "select", selector, by: step.by, text: toText(value) }];
    case "check":
      return [{ kind: "check", selector, checked: isTrue(value) }];
    case "click":
      return [{ kind: "click", selector }];
  }
}

/** A step's selector with `{value}` replaced by the bound value. */
export function toSelector(template: string, value: BoundValue): string {
  return template.replace("{value}", escapeForSelector(String(value)));
}

export function shouldRun(step: FormStep, input: RsvpInput): boolean {
  if (!step.when) return true;

  const value = input[step.when.field];
  if (step.when.equals !== undefined && value !== step.when.equals)
    return false;

  return step.when.notEquals === undefined || value !== step.when.notEquals;
}

export function describeStep(step: FormStep, index: number): string {
  const target = step.action === "goto" ? step.path : step.selector;
  return step.label ?? `step ${index + 1} (${step.action} ${target})`;
}

function toText(value: BoundValue): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

function isTrue(value: BoundValue): boolean {
  return value === true || value === "true";
}
