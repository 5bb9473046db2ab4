import { spawn, type ChildProcess } from "node:child_process";
import { listTree } from "./proc-tree";
import { sleep } from "./tree-sampler";
import { getFreePort } from "../lib/testing/free-port";

/** A server the benchmark started as a child process. */
export interface ChildService {
  url: string;
  pid: number;
  /** The last few kilobytes it printed, for an error message. */
  tail(): string;
  stop(): Promise<void>;
}

const tailBytes = 8_192;

/**
 * Starts `node <args>` with `env` on a free loopback port (passed as
 * PORT, and in `args` where "{port}" appears) and waits until `readyPath`
 * answers 200.
 */
export async function startChildService(options: {
  args: string[];
  env: Record<string, string>;
  readyPath: string;
  cwd?: string;
}): Promise<ChildService> {
  const port = await getFreePort();
  const child = spawn(
    process.execPath,
    options.args.map((arg) => arg.replace("{port}", String(port))),
    {
      env: { ...process.env, ...options.env, PORT: String(port) },
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-tailBytes);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${url}${options.readyPath}`, child, () => output);

  return {
    url,
    pid: child.pid ?? -1,
    tail: () => output,
    stop: () => stopTree(child),
  };
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = performance.now() + 90_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${url} exited while starting:\n${output()}`);
    }
    const isReady = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.ok;
      })
      .catch(() => false);
    if (isReady) return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer within 90 s:\n${output()}`);
}

/**
 * SIGTERM, then SIGKILL for the process and anything it left running
 * (a browser whose parent died would otherwise live on).
 */
async function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;

  const descendants = listTree(child.pid ?? -1).slice(1);
  const exited = new Promise<void>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const isClean = await Promise.race([
    exited.then(() => true),
    sleep(15_000).then(() => false),
  ]);
  if (!isClean) child.kill("SIGKILL");
  for (const { pid } of descendants) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone, as it should be.
    }
  }
  await exited;
}
