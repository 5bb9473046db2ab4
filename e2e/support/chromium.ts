import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The Chromium binary for Playwright: CHROMIUM_PATH, or the one that
 * @sparticuz/chromium extracted (scripts/prepare-chromium.mjs runs first).
 */
export function chromiumExecutable(): string {
  const path = process.env.CHROMIUM_PATH ?? join(tmpdir(), "chromium");
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: run "npm run prepare:chromium" first`,
    );
  }

  return path;
}
