import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{lib,demo-upstream,app,components,bench}/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
  resolve: {
    alias: { "@": new URL(".", import.meta.url).pathname },
  },
});
