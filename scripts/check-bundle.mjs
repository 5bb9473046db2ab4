#!/usr/bin/env node
/**
 * Weighs the JavaScript a browser downloads to show the invitation page
 * (the first load of "/"), gzipped as `next start` serves it, from the
 * production build in .next. Fails when it is over budget.
 *
 *   node scripts/check-bundle.mjs          a table, exit 1 when over
 *   node scripts/check-bundle.mjs --json   the same figures as JSON
 *
 * Two budgets: the whole first load, and the part that is this page's own
 * (everything but the runtime every App Router page shares), which is
 * where a regression in our code shows first.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export const budgetKiB = { total: 165, page: 32 };

const buildDir = join(process.cwd(), ".next");

/** The files of the first load of "/", each with its gzipped size. */
export function weighInvitationPage() {
  const runtime = readBuildManifest().rootMainFiles;
  const route = readRouteFiles("/page").filter((f) => !runtime.includes(f));
  const weigh = (file) => ({ file, gzipBytes: toGzipBytes(file) });
  const shared = runtime.map(weigh);
  const own = route.map(weigh);
  const sum = (files) => files.reduce((total, f) => total + f.gzipBytes, 0);

  return {
    files: [...shared, ...own],
    sharedBytes: sum(shared),
    pageBytes: sum(own),
    totalBytes: sum(shared) + sum(own),
  };
}

function readBuildManifest() {
  const path = join(buildDir, "build-manifest.json");
  if (!existsSync(path)) {
    throw new Error(`No production build at ${buildDir}: run "next build"`);
  }

  return JSON.parse(readFileSync(path, "utf8"));
}

/**
 * Every script the route's client reference manifest names: its page,
 * its layout and what Next.js loads with them. The manifest is a script
 * that assigns a global, so it runs in an empty sandbox.
 */
function readRouteFiles(route) {
  const path = join(
    buildDir,
    "server/app",
    `${route.slice(1)}_client-reference-manifest.js`,
  );
  const sandbox = { globalThis: {} };
  sandbox.self = sandbox.globalThis;
  runInNewContext(readFileSync(path, "utf8"), sandbox);
  const manifest = sandbox.globalThis.__RSC_MANIFEST?.[route];
  if (!manifest) throw new Error(`${path} has no entry for ${route}`);

  return [...new Set(Object.values(manifest.entryJSFiles).flat())];
}

function toGzipBytes(file) {
  return gzipSync(readFileSync(join(buildDir, file))).length;
}

function toKiB(bytes) {
  return Math.round((bytes / 1024) * 10) / 10;
}

function printTable(weight) {
  for (const { file, gzipBytes } of weight.files) {
    process.stdout.write(
      `${String(toKiB(gzipBytes)).padStart(7)} KiB  ${file}\n`,
    );
  }
  process.stdout.write(
    `shared runtime ${toKiB(weight.sharedBytes)} KiB + this page ` +
      `${toKiB(weight.pageBytes)} KiB (budget ${budgetKiB.page}) = ` +
      `${toKiB(weight.totalBytes)} KiB gzipped (budget ${budgetKiB.total})\n`,
  );
}

function isOverBudget(weight) {
  return (
    weight.totalBytes > budgetKiB.total * 1024 ||
    weight.pageBytes > budgetKiB.page * 1024
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const weight = weighInvitationPage();
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ ...weight, budgetKiB })}\n`);
  } else {
    printTable(weight);
  }
  if (isOverBudget(weight)) {
    process.stderr.write("The invitation page is over its JavaScript budget\n");
    process.exitCode = 1;
  }
}
