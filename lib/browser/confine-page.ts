import type { HTTPRequest, Page } from "puppeteer-core";

export interface Confinement {
  /** Origins the page may load, e.g. "https://events.example.com". */
  allowedOrigins: readonly string[];
  /** Resource types skipped to save time and memory (image, font, media). */
  blockedResourceTypes: readonly string[];
}

/**
 * Keeps a page on the third-party site: every request to another origin,
 * or of another scheme, is aborted; dialogs are dismissed; popups closed.
 * Nothing an attendee types can make the browser go elsewhere.
 */
export async function confinePage(page: Page, rules: Confinement) {
  const allowed = new Set(rules.allowedOrigins);
  const blocked = new Set(rules.blockedResourceTypes);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isAllowed(request, allowed, blocked)) void request.continue();
    else void request.abort("blockedbyclient");
  });
  page.on("dialog", (dialog) => void dialog.dismiss().catch(() => undefined));
  page.on("popup", (popup) => void popup?.close().catch(() => undefined));
}

function isAllowed(
  request: HTTPRequest,
  allowed: Set<string>,
  blocked: Set<string>,
): boolean {
  if (blocked.has(request.resourceType())) return false;

  const url = request.url();
  if (url === "about:blank") return true;
  try {
    return allowed.has(new URL(url).origin);
  } catch {
    return false;
  }
}
