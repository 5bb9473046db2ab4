import type { BrowserSession } from "../browser/browser-pool";
import type { Runtime } from "./runtime";

/** The page held since the preview, if its browser is still alive. */
export async function takeUsablePage(
  runtime: Pick<Runtime, "openPages">,
  id: string,
): Promise<BrowserSession | undefined> {
  const held = runtime.openPages.take(id);
  if (!held) return undefined;
  if (!held.page.isClosed() && held.page.browser().connected) return held;

  await held.close();
  return undefined;
}
