import { spawnSync } from "node:child_process";
import { expect, test } from "./support/fixtures";

interface BundleWeight {
  files: { file: string; gzipBytes: number }[];
  sharedBytes: number;
  pageBytes: number;
  totalBytes: number;
  budgetKiB: { total: number; page: number };
}

/**
 * The invitation page's JavaScript, weighed from the production build by
 * scripts/check-bundle.mjs, which fails over budget. The browser is
 * asked which scripts it really loads, so nothing escapes the weighing.
 */
test("the invitation page's JavaScript stays within its budget", async ({
  app,
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one build, weighed once");
  const run = spawnSync(process.execPath, [
    "scripts/check-bundle.mjs",
    "--json",
  ]);
  const weight = JSON.parse(run.stdout.toString()) as BundleWeight;
  const loaded = new Set<string>();
  page.on("request", (request) => {
    if (request.resourceType() === "script") {
      loaded.add(new URL(request.url()).pathname.replace("/_next/", ""));
    }
  });
  await page.goto(app.url, { waitUntil: "networkidle" });

  expect([...loaded].sort()).toEqual(weight.files.map((f) => f.file).sort());
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const summary =
    `invitation page JavaScript, gzipped: ${kib(weight.totalBytes)} ` +
    `(shared runtime ${kib(weight.sharedBytes)}, this page ` +
    `${kib(weight.pageBytes)}); budgets ${weight.budgetKiB.total} and ` +
    `${weight.budgetKiB.page} KiB`;
  testInfo.annotations.push({ type: "bundle", description: summary });
  process.stdout.write(`${summary}\n`);
  expect(run.stderr.toString()).toBe("");
  expect(run.status).toBe(0);
});
