import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as connectTls } from "node:tls";
import { getFreePort } from "../../testing/free-port";

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

/**
 * Starts redis-server; fails, never skips, when it is not installed.
 * With `tls`, it listens only for TLS, with a self-signed certificate as
 * Heroku Redis presents one.
 */
export async function startRedisServer(
  options: { tls?: boolean; persist?: boolean } = {},
): Promise<TestRedisServer> {
  assertInstalled("redis-server", "redis-server");
  const isTls = options.tls ?? false;
  const port = await getFreePort();
  const dir = mkdtempSync(join(tmpdir(), "rsvp-redis-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const args = isTls ? createTlsArgs(port, dir) : ["--port", String(port)];
  let child: ChildProcess | undefined;

  const server: TestRedisServer = {
    port,
    url: `${isTls ? "rediss" : "redis"}://127.0.0.1:${port}`,
    start: async () => {
      child = spawnRedis(args, dir, options.persist ?? false);
      await waitUntilAnswering({ port, child, isTls });
    },
    stop: async () => {
      if (child) await killAndWait(child);
      child = undefined;
    },
    freeze: () => child?.kill("SIGSTOP"),
    thaw: () => child?.kill("SIGCONT"),
  };
  await server.start();

  return server;
}

function assertInstalled(command: string, debianPackage: string): void {
  const flag = command === "openssl" ? "version" : "--version";
  const probe = spawnSync(command, [flag], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${command} is not installed, and the store tests need it: ` +
        `apt-get install -y ${debianPackage}`,
    );
  }
}

function createTlsArgs(port: number, dir: string): string[] {
  assertInstalled("openssl", "openssl");
  const cert = join(dir, "cert.pem");
  const key = join(dir, "key.pem");
  const made = spawnSync("openssl", [
    ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
    ...["-subj", "/CN=localhost", "-keyout", key, "-out", cert],
  ]);
  if (made.status !== 0) throw new Error("openssl could not make a cert");

  return [
    ...["--port", "0", "--tls-port", String(port), "--tls-auth-clients"],
    ...["no", "--tls-cert-file", cert, "--tls-key-file", key],
  ];
}

function spawnRedis(
  args: string[],
  dir: string,
  persist: boolean,
): ChildProcess {
  // Persisting, a restart keeps the data, as Heroku Redis does.
  const durability = persist
    ? ["--appendonly", "yes", "--appendfsync", "always", "--save", ""]
    : ["--save", "", "--appendonly", "no"];
  const fixed = ["--bind", "127.0.0.1", ...durability];
  const child = spawn(
    "redis-server",
    [...args, ...fixed, "--dir", dir, "--loglevel", "warning"],
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

async function waitUntilAnswering(options: {
  port: number;
  child: ChildProcess;
  isTls: boolean;
}) {
  const { port, child } = options;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const output = stderrOf.get(child) ?? "";
      throw new Error(`redis-server on port ${port} exited: ${output}`);
    }
    if (await isAnswering(port, options.isTls)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error(`redis-server on port ${port} did not answer in 10 s`);
}

/** Sends PING over a raw socket and waits for +PONG. */
function isAnswering(port: number, isTls: boolean): Promise<boolean> {
  const host = "127.0.0.1";
  return new Promise((resolve) => {
    const socket = isTls
      ? connectTls({ host, port, rejectUnauthorized: false })
      : createConnection({ host, port });
    const finish = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once(isTls ? "secureConnect" : "connect", () =>
      socket.write("PING\r\n"),
    );
    socket.once("data", (data: Buffer) =>
      finish(data.toString().startsWith("+PONG")),
    );
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
