import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  readShippedNodeOptions,
  toOwnNodeOptions,
} from "./shipped-node-options";

describe("readShippedNodeOptions", () => {
  it("reads the young generation the Procfile gives the server", () => {
    expect(readShippedNodeOptions(process.cwd())).toBe(
      "--max-semi-space-size=2",
    );
  });

  it("matches what npm start runs locally", () => {
    const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as {
      scripts: { start: string };
    };

    expect(toOwnNodeOptions(packageJson.scripts.start)).toBe(
      readShippedNodeOptions(process.cwd()),
    );
  });
});

describe("toOwnNodeOptions", () => {
  it("leaves out the operator's NODE_OPTIONS appended by the shell", () => {
    expect(
      toOwnNodeOptions(
        'web: NODE_OPTIONS="--a=1  --b ${NODE_OPTIONS:-}" node server.js',
      ),
    ).toBe("--a=1 --b");
  });

  it("is empty for a command that sets none", () => {
    expect(toOwnNodeOptions("web: node server.js")).toBe("");
  });
});
