import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A real redis-server for tests, on a free loopback port, that can be
 * stopped and started again on the same port (an outage), or frozen with
 * SIGSTOP (a Redis that accepts connections and never answers).
 */
export interface TestRedisServer {
  readonly port: number;
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  freeze(): void;
  thaw(): void;
}

const running = new Set<ChildProcess>();
const stderrOf = new WeakMap<ChildProcess, string>();
process.once("exit", () => running.forEach((child) => child.kill("SIGKILL")));

/** Starts redis-server; fails, never skips, when it is not installed. */
export async function startRedisServer(): Promise<TestRedisServer> {
  assertRedisServerInstalled();
  const port = await findFreePort();
  const dir = mkdtempSync(join(tmpdir(), "rsvp-redis-"));
  let child: ChildProcess | undefined;

  const server: TestRedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      child = spawnRedis(port, dir);
      await waitUntilAnswering(port, child);
    },
    stop: async () => {
      if (child) await killAndWait(child);
      child = undefined;
    },
    freeze: () => child?.kill("SIGSTOP"),
    thaw: () => child?.kill("SIGCONT"),
  };
  await server.start();
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));

  return server;
}

function assertRedisServerInstalled(): void {
  const probe = spawnSync("redis-server", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "redis-server is not installed, and the store tests need a real " +
        "Redis: apt-get install -y redis-server",
    );
  }
}

function spawnRedis(port: number, dir: string): ChildProcess {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", ""].concat([
      "--appendonly",
      "no",
      "--dir",
      dir,
      "--loglevel",
      "warning",
    ]),
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr?.on("data", (chunk: Buffer) => {
    const output = (stderrOf.get(child) ?? "") + chunk.toString();
    stderrOf.set(child, output.slice(-2_000));
  });
  running.add(child);
  child.once("exit", () => running.delete(child));

  return child;
}

async function waitUntilAnswering(port: number, child: ChildProcess) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const output = stderrOf.get(child) ?? "";
      throw new Error(`redis-server on port ${port} exited: ${output}`);
    }
    if (await isAnswering(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error(`redis-server on port ${port} did not answer in 10 s`);
}

/** Sends PING over a raw socket and waits for +PONG. */
function isAnswering(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    const finish = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => finish(data.toString().startsWith("+PONG")));
  });
}

function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
