import type { Page } from "puppeteer-core";

/**
 * What the runner does inside the third-party page. Values are set the
 * way a person's typing would leave them, with input and change events,
 * which is many times faster than typing key by key.
 */
export function setValue(page: Page, selector: string, value: string) {
  return page.$eval(
    selector,
    (element, next) => {
      const field = element as HTMLInputElement | HTMLTextAreaElement;
      field.focus();
      field.value = next;
      field.dispatchEvent(new Event("input", { bubbles: true }));
      field.dispatchEvent(new Event("change", { bubbles: true }));
    },
    value,
  );
}

/** Chooses an option by value or visible text; false if none matches. */
export function selectOption(
  page: Page,
  selector: string,
  choice: { by: "value" | "text"; value: string },
): Promise<boolean> {
  return page.$eval(
    selector,
    (element, wanted) => {
      const select = element as HTMLSelectElement;
      const normalise = (text: string) =>
        text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
      const option = Array.from(select.options).find((candidate) =>
        wanted.by === "value"
          ? candidate.value === wanted.value
          : normalise(candidate.text) === normalise(wanted.value),
      );
      if (!option) return false;
      select.value = option.value;
      select.dispatchEvent(new Event("input", { bubbles: true }));
      select.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    },
    choice,
  );
}

export function setChecked(page: Page, selector: string, checked: boolean) {
  return page.$eval(
    selector,
    (element, next) => {
      const box = element as HTMLInputElement;
      if (box.checked === next) return;
      box.checked = next;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      box.dispatchEvent(new Event("change", { bubbles: true }));
    },
    checked,
  );
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
  return page.$eval(
    buttonSelector,
    (button, selectors) => {
      const form = (button as HTMLButtonElement).form;
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

export function hasElement(page: Page, selector: string): Promise<boolean> {
  return page.$(selector).then((handle) => {
    void handle?.dispose();
    return handle !== null;
  });
}

/** Escapes a value for use inside a CSS selector (an id or attribute). */
export function escapeForSelector(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return `\\${code.toString(16)} `;
  });
}
