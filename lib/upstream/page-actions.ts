import type { Page } from "puppeteer-core";

/** One change to a control of the third-party form. */
export type FieldOp =
  | { kind: "fill"; selector: string; text: string }
  | { kind: "select"; selector: string; by: "value" | "text"; text: string }
  | { kind: "check"; selector: string; checked: boolean }
  | { kind: "click"; selector: string };

/**
 * What the runner does inside the third-party page. Values are set the
 * way a person's typing would leave them, with input and change events,
 * which is many times faster than typing key by key. All of `ops` go in
 * one round trip to the page; the answer is how many were applied, which
 * stops short at the first whose element is missing or whose option
 * does not exist (an empty choice with no option is left as it is).
 */
export function applyFieldOps(page: Page, ops: FieldOp[]): Promise<number> {
  return page.evaluate((list) => {
    const normalise = (text: string) =>
      text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
    const announce = (element: Element) => {
      element.dispatchEvent(new Event("input", { bubbles: true }));
      element.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const choose = (select: HTMLSelectElement, by: string, text: string) => {
      const option = Array.from(select.options).find((candidate) =>
        by === "value"
          ? candidate.value === text
          : normalise(candidate.text) === normalise(text),
      );
      if (option) select.value = option.value;
      if (option) announce(select);
      return option !== undefined || text === "";
    };
    for (const [index, op] of list.entries()) {
      const element = document.querySelector(op.selector);
      if (!element) return index;

      if (op.kind === "fill") {
        const field = element as HTMLInputElement | HTMLTextAreaElement;
        field.focus();
        field.value = op.text;
        announce(field);
      } else if (op.kind === "select") {
        const select = element as HTMLSelectElement;
        if (!choose(select, op.by, op.text)) return index;
      } else if (op.kind === "check") {
        const box = element as HTMLInputElement;
        if (box.checked === op.checked) continue;
        box.checked = op.checked;
        announce(box);
      } else {
        (element as HTMLElement).click();
      }
    }
    return list.length;
  }, ops);
}

/**
 * The browser's own validation of the form that holds `buttonSelector`:
 * for each invalid control, the selector we filled it by and its message.
 */
export function findInvalidControls(
  page: Page,
  buttonSelector: string,
  knownSelectors: string[],
): Promise<{ selector: string | null; message: string }[]> {
  return page.evaluate(
    (buttonWanted, selectors) => {
      const button = document.querySelector(buttonWanted);
      const form = (button as HTMLButtonElement | null)?.form;
      if (!form || form.noValidate) return [];
      const invalid = Array.from(form.elements).filter(
        (control) =>
          "validity" in control &&
          !(control as HTMLInputElement).validity.valid,
      ) as HTMLInputElement[];
      return invalid.map((control) => ({
        selector: selectors.find((known) => control.matches(known)) ?? null,
        message: control.validationMessage,
      }));
    },
    buttonSelector,
    knownSelectors,
  );
}

/** Texts of the error messages the page shows, by selector. */
export function readErrorTexts(page: Page, selectors: string[]) {
  return page.evaluate((list) => {
    const found: Record<string, string> = {};
    for (const selector of list) {
      const text = document.querySelector(selector)?.textContent?.trim();
      if (text) found[selector] = text;
    }
    return found;
  }, selectors);
}

/** Whether `selector` matches now: one round trip, no element handle. */
export function hasElement(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    (wanted) => document.querySelector(wanted) !== null,
    selector,
  );
}

/** Escapes a value for use inside a CSS selector (an id or attribute). */
export function escapeForSelector(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return `\\${code.toString(16)} `;
  });
}
