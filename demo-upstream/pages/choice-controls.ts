import type { Choice } from "../event-options";
import { checkedValue } from "../fields";
import type { FieldName } from "../fields";
import { escapeHtml, renderAttributes } from "../html";
import {
  findError,
  renderFieldError,
  toErrorAttributes,
  toFieldClass,
} from "./step-form";
import type { FormPageInput } from "./step-form";

export interface CheckboxSpec {
  field: FieldName;
  label: string;
  required?: boolean;
}

export interface ChoiceOption extends Choice {
  /** The input's id while the field keeps its own name. */
  id: string;
}

export interface ChoiceGroupSpec {
  field: FieldName;
  legend: string;
  type: "radio" | "checkbox";
  options: readonly ChoiceOption[];
  required?: boolean;
  hint?: string;
}

/** One checkbox that sends "yes" when ticked. */
export function renderCheckbox(
  page: FormPageInput,
  spec: CheckboxSpec,
): string {
  const name = page.naming.toHtmlName(spec.field);
  const error = findError(page, spec.field);
  const attributes = renderAttributes({
    type: "checkbox",
    id: name,
    name,
    value: checkedValue,
    required: spec.required,
    checked: page.values.get(spec.field) === checkedValue,
    ...toErrorAttributes(name, error),
  });

  return `<div class="${toFieldClass(error)}">
<div class="choice">
<input${attributes}>
<label for="${name}">${escapeHtml(spec.label)}</label>
</div>${renderFieldError(name, error)}
</div>`;
}

/** Radios or checkboxes under one legend; the fieldset carries the name. */
export function renderChoiceGroup(
  page: FormPageInput,
  spec: ChoiceGroupSpec,
): string {
  const name = page.naming.toHtmlName(spec.field);
  const error = findError(page, spec.field);
  const sent = page.values.getAll(spec.field);
  const hint =
    spec.hint === undefined
      ? ""
      : `\n<p class="hint">${escapeHtml(spec.hint)}</p>`;
  const items = spec.options.map((option) => {
    // A renamed field renames its options' ids too, as a redesign would.
    const id = name === spec.field ? option.id : `${name}_${option.value}`;
    const attributes = renderAttributes({
      type: spec.type,
      id,
      name,
      value: option.value,
      required: spec.required,
      checked: sent.includes(option.value),
      ...toErrorAttributes(name, error),
    });

    return (
      `<div class="choice"><input${attributes}>` +
      `<label for="${id}">${escapeHtml(option.label)}</label></div>`
    );
  });

  return `<fieldset id="${name}" class="${toFieldClass(error)}">
<legend>${escapeHtml(spec.legend)}</legend>${hint}
${items.join("\n")}${renderFieldError(name, error)}
</fieldset>`;
}
