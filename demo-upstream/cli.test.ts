import { spawn } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const cliPath = fileURLToPath(new URL("./cli.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with [code, signal]; listened for from the start. */
  exited: Promise<unknown[]>;
}

const running: RunningCli[] = [];

function startCli(
  args: string[],
  env: Record<string, string> = {},
): RunningCli {
  const child = spawn(process.execPath, ["--import", "tsx", cliPath, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
  const cli = { child, exited: once(child, "exit") };
  running.push(cli);

  return cli;
}

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }

  return text.split("\n")[0] ?? "";
}

describe("the command line", () => {
  afterEach(() => {
    for (const { child } of running.splice(0)) {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("prints its address, serves, and stops cleanly on SIGTERM", async () => {
    const cli = startCli(["--port", "0"]);
    const line = await readFirstLine(cli.child.stdout);
    const url = /^demo-upstream listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(
      line,
    )?.[1];
    const health = await fetch(`${url}/healthz`);
    cli.child.kill("SIGTERM");

    expect(health.status).toBe(200);
    expect(await cli.exited).toEqual([0, null]);
  }, 20_000);

  it("refuses a bad fault variable, naming it", async () => {
    const cli = startCli(["--port", "0"], { DEMO_HANG: "often" });
    const line = await readFirstLine(cli.child.stderr);

    expect(line).toMatch(/^demo-upstream: DEMO_HANG must be one of/);
    expect(await cli.exited).toEqual([1, null]);
  }, 20_000);

  it("refuses a port that is not a number", async () => {
    const cli = startCli(["--port", "http"]);
    const line = await readFirstLine(cli.child.stderr);

    expect(line).toBe("demo-upstream: --port must be a number from 0 to 65535");
    expect(await cli.exited).toEqual([1, null]);
  }, 20_000);
});
