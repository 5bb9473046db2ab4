import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  type Browser,
  type Locator,
  type Page,
  type TestInfo,
} from "@playwright/test";
import { saveScreen } from "./screens";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * What every screen of the attendee's pages must pass: axe finds nothing
 * serious or critical, nothing scrolls sideways; and it is saved as a
 * screenshot to look at.
 */
export async function checkScreen(
  page: Page,
  testInfo: TestInfo,
  name: string,
): Promise<void> {
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
  await saveScreen(page, testInfo, `${testInfo.project.name}-${name}`);
}

export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags([...wcagTags, "best-practice"])
    .analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );

  expect(serious).toEqual([]);
}

/**
 * The same check for a page shown without JavaScript. Axe is a script,
 * so it runs on a copy of that page's HTML in a second page whose own
 * scripts are blocked: the markup is what the attendee got. What sits in
 * <noscript> is not seen this way; the screenshot shows it.
 */
export async function checkScreenWithoutScripts(
  page: Page,
  testInfo: TestInfo,
  name: string,
): Promise<void> {
  await saveScreen(page, testInfo, `${testInfo.project.name}-${name}`);

  const copy = await openStaticCopy(page, page.context().browser());
  await expectAccessible(copy);
  await expectNoSidewaysScroll(copy);
  await copy.context().close();
}

async function openStaticCopy(page: Page, browser: Browser | null) {
  if (!browser) throw new Error("the page has no browser to open a copy in");

  const html = await page.content();
  // Tests' contexts inherit the spec's options; this one runs axe.
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    javaScriptEnabled: true,
  });
  const copy = await context.newPage();
  await copy.route("**/*.js", (route) => route.abort());
  await copy.route(page.url(), (route) =>
    route.fulfill({ body: html, contentType: "text/html" }),
  );
  await copy.goto(page.url());

  return copy;
}

export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));

  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/**
 * Every button, field and choice row is at least 44 px tall: a radio or
 * checkbox is tapped through its whole row, which its label covers.
 */
export async function expectLargeTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() => {
    const targets = document.querySelectorAll<HTMLElement>(
      "main button, main input, main select, main textarea, main a.button",
    );
    return Array.from(targets).flatMap((element) => {
      const isTick =
        element instanceof HTMLInputElement &&
        (element.type === "checkbox" || element.type === "radio");
      const box = (
        isTick ? element.parentElement : element
      )?.getBoundingClientRect();
      const isHidden = element.getAttribute("type") === "hidden";
      const isShown = box && box.width > 0 && !isHidden;
      return isShown && box.height < 44 ? [element.outerHTML.slice(0, 80)] : [];
    });
  });

  expect(small).toEqual([]);
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (
      await target.evaluate((element) => element === document.activeElement)
    ) {
      return;
    }
    await page.keyboard.press("Tab");
  }

  throw new Error(`Tab never reached ${target.toString()}`);
}
