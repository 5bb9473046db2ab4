import { existsSync } from "node:fs";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Everything `next start` reads besides the build itself. */
const linkedEntries = ["node_modules", "package.json", "next.config.mjs"];

/**
 * A private copy of the production build, so a `next build` run while the
 * benchmark runs (by a person or CI on the same checkout) cannot pull the
 * build out from under the engines. The copy links node_modules.
 */
export async function snapshotBuild(root: string) {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) {
    throw new Error(
      "No production build in .next: run `npm run build` before the bench",
    );
  }

  const dir = await mkdtemp(join(tmpdir(), "rsvp-bench-app-"));
  for (const entry of linkedEntries) {
    if (existsSync(join(root, entry))) {
      await symlink(join(root, entry), join(dir, entry));
    }
  }
  await cp(join(root, ".next"), join(dir, ".next"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !/\.next\/(cache|dev)(\/|$)/.test(source),
  });

  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
