import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { listProcessTree, readProcessTreePss } from "./process-memory";

describe("the memory of a process tree", () => {
  it("finds a child process below its parent", async () => {
    const child = spawn("sleep", ["5"]);
    await once(child, "spawn");

    const tree = await listProcessTree(process.pid);
    child.kill();

    expect(tree[0]).toBe(process.pid);
    expect(tree).toContain(child.pid);
  });

  it("counts more for a tree than for one of its members alone", async () => {
    const child = spawn("sleep", ["5"]);
    await once(child, "spawn");

    const alone = await readProcessTreePss(child.pid ?? 0);
    const tree = await readProcessTreePss(process.pid);
    child.kill();

    expect(alone).toBeGreaterThan(0);
    expect(tree).toBeGreaterThan(alone ?? 0);
    // This test process holds at least tens of megabytes.
    expect(tree).toBeGreaterThan(10 * 1024 * 1024);
  });

  it("answers null for a process that does not exist", async () => {
    expect(await readProcessTreePss(2 ** 22 + 7)).toBeNull();
  });
});
