import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./e2e/support/chromium";

/**
 * End-to-end tests run against the production build (`next build` first),
 * started by the fixtures of each spec on a free port, with the Chromium
 * that @sparticuz/chromium ships: Playwright cannot download its own here.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  // Once: these run real browsers on a shared 2-core machine, where a
  // rare timing miss should not sink the run. A test that passes only on
  // its retry is reported as flaky in the list and the HTML report.
  retries: 1,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    {
      name: "api",
      testMatch: /api.*\.spec\.ts/,
      testIgnore: /api-flood\.spec\.ts/,
    },
    {
      name: "cluster",
      testMatch: /cluster.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
    },
    {
      name: "desktop",
      testIgnore: /(api|cluster).*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
    },
    {
      name: "phone",
      testIgnore: /(api|cluster).*\.spec\.ts/,
      use: {
        ...devices["Pixel 7"],
        browserName: "chromium",
      },
    },
    {
      // Timing-sensitive: runs alone, after everything else has finished.
      name: "load",
      testMatch: /api-flood\.spec\.ts/,
      dependencies: ["api", "cluster", "desktop", "phone"],
    },
  ],
});
