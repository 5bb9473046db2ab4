/**
 * The attendee's unsent answers, kept in this browser only so a reload or
 * a closed tab never makes them type again. They are stored as the form
 * would post them. Storage can be full or switched off (private windows);
 * then the form simply works without a draft.
 */
const draftKey = "rsvp-answers";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The form's answers as it would post them (files never occur here). */
export function toFormBody(form: HTMLFormElement): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") body.append(name, value);
  }

  return body;
}

export function saveDraft(form: HTMLFormElement): void {
  writeStorage(() =>
    window.localStorage.setItem(draftKey, toFormBody(form).toString()),
  );
}

export function clearDraft(): void {
  writeStorage(() => window.localStorage.removeItem(draftKey));
}

/**
 * Puts the saved answers back into the form. A field the attendee already
 * changed (they can type before the page's script has loaded) keeps what
 * they typed; a radio group or a list of checkboxes counts as one field.
 */
export function restoreDraft(form: HTMLFormElement): void {
  const draft = readDraft();
  if (!draft) return;

  for (const controls of groupControls(form).values()) {
    if (!controls.every(isUntouched)) continue;
    for (const control of controls) restoreControl(control, draft);
  }
}

function readDraft(): URLSearchParams | null {
  try {
    const text = window.localStorage.getItem(draftKey);
    return text ? new URLSearchParams(text) : null;
  } catch {
    return null;
  }
}

function groupControls(form: HTMLFormElement): Map<string, Control[]> {
  const groups = new Map<string, Control[]>();
  for (const element of Array.from(form.elements)) {
    if (!isAnswerControl(element)) continue;
    groups.set(element.name, [...(groups.get(element.name) ?? []), element]);
  }

  return groups;
}

function isAnswerControl(element: Element): element is Control {
  const isControl =
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement;
  if (!isControl || !element.name) return false;

  return !(element instanceof HTMLInputElement && element.type === "hidden");
}

function isUntouched(control: Control): boolean {
  if (control instanceof HTMLSelectElement) {
    return Array.from(control.options).every(
      (option) => option.selected === option.defaultSelected,
    );
  }
  if (control instanceof HTMLInputElement && isTick(control)) {
    return control.checked === control.defaultChecked;
  }

  return control.value === control.defaultValue;
}

function restoreControl(control: Control, draft: URLSearchParams): void {
  const values = draft.getAll(control.name);
  if (control instanceof HTMLInputElement && isTick(control)) {
    control.checked = values.includes(control.value);
    return;
  }

  const [value] = values;
  if (value === undefined) return;
  if (control instanceof HTMLSelectElement) {
    const exists = Array.from(control.options).some((o) => o.value === value);
    if (!exists) return;
  }
  control.value = value;
}

function isTick(input: HTMLInputElement): boolean {
  return input.type === "checkbox" || input.type === "radio";
}

function writeStorage(write: () => void): void {
  try {
    write();
  } catch {
    // Storage is full or blocked; the answers stay in the form itself.
  }
}
