import type { Choice } from "../event-options";
import type { FieldName } from "../fields";
import { escapeHtml, renderAttributes } from "../html";
import {
  findError,
  renderFieldError,
  toErrorAttributes,
  toFieldClass,
} from "./step-form";
import type { FormPageInput } from "./step-form";

export interface FieldSpec {
  field: FieldName;
  label: string;
  /** Optional fields get no `required` and say "(optional)" by the label. */
  optional?: boolean;
  hint?: string;
}

export interface TextInputSpec extends FieldSpec {
  type?: "text" | "email" | "tel";
  maxLength?: number;
  pattern?: string;
  autocomplete?: string;
}

export interface SelectSpec extends FieldSpec {
  options: readonly Choice[];
  /** A first option with an empty value, e.g. "Please select". */
  placeholder?: string;
}

export interface TextAreaSpec extends FieldSpec {
  maxLength: number;
}

export function renderTextInput(
  page: FormPageInput,
  spec: TextInputSpec,
): string {
  const name = page.naming.toHtmlName(spec.field);
  const error = findError(page, spec.field);
  const attributes = renderAttributes({
    type: spec.type ?? "text",
    id: name,
    name,
    value: page.values.get(spec.field) ?? "",
    required: spec.optional !== true,
    maxlength: spec.maxLength,
    pattern: spec.pattern,
    autocomplete: spec.autocomplete,
    ...toErrorAttributes(name, error),
  });

  return renderField(spec, name, error, `<input${attributes}>`);
}

export function renderSelect(page: FormPageInput, spec: SelectSpec): string {
  const name = page.naming.toHtmlName(spec.field);
  const error = findError(page, spec.field);
  const selected = page.values.get(spec.field);
  const choices =
    spec.placeholder === undefined
      ? spec.options
      : [{ value: "", label: spec.placeholder }, ...spec.options];
  const options = choices.map((choice) => {
    const attributes = renderAttributes({
      value: choice.value,
      selected: choice.value === selected,
    });

    return `<option${attributes}>${escapeHtml(choice.label)}</option>`;
  });
  const attributes = renderAttributes({
    id: name,
    name,
    required: spec.optional !== true,
    ...toErrorAttributes(name, error),
  });
  const control = `<select${attributes}>\n${options.join("\n")}\n</select>`;

  return renderField(spec, name, error, control);
}

export function renderTextArea(
  page: FormPageInput,
  spec: TextAreaSpec,
): string {
  const name = page.naming.toHtmlName(spec.field);
  const error = findError(page, spec.field);
  const attributes = renderAttributes({
    id: name,
    name,
    rows: 4,
    maxlength: spec.maxLength,
    ...toErrorAttributes(name, error),
  });
  // The parser drops one newline right after <textarea>, so one is added
  // to keep a value that starts with a line break.
  const text = escapeHtml(page.values.get(spec.field) ?? "");
  const control = `<textarea${attributes}>\n${text}</textarea>`;

  return renderField(spec, name, error, control);
}

function renderField(
  spec: FieldSpec,
  name: string,
  error: string | undefined,
  control: string,
): string {
  const optional =
    spec.optional === true ? '<span class="optional">(optional)</span>' : "";
  const hint =
    spec.hint === undefined
      ? ""
      : `\n<p class="hint">${escapeHtml(spec.hint)}</p>`;

  return `<div class="${toFieldClass(error)}">
<div class="label-row">
<label for="${name}">${escapeHtml(spec.label)}</label>${optional}
</div>${hint}
${control}${renderFieldError(name, error)}
</div>`;
}
