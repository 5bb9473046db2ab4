import type { BrowserSession } from "../browser/browser-pool";
import type { Runtime } from "./runtime";

/**
 * The page held since the preview, thawed, if its browser is still alive
 * and the page still answers; otherwise the caller replays the fill.
 */
export async function takeUsablePage(
  runtime: Pick<Runtime, "openPages">,
  id: string,
): Promise<BrowserSession | undefined> {
  const held = runtime.openPages.take(id);
  if (!held) return undefined;

  const isAlive = !held.page.isClosed() && held.page.browser().connected;
  const isResumed =
    isAlive &&
    (await held.resume().then(
      () => true,
      () => false,
    ));
  if (isResumed) return held;

  await held.close();
  return undefined;
}
