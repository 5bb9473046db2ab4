import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { getFreePort } from "../../lib/testing/free-port";

export interface AppServer {
  url: string;
  isRunning: () => boolean;
  pid: number;
  /** How the process ended: its exit code, or the signal that ended it. */
  exit: () => number | NodeJS.Signals | null;
  /** Sends SIGTERM without waiting, as Heroku does at a restart. */
  terminate: () => void;
  /** Kills the process at once, as a crashed dyno dies. */
  kill: () => Promise<void>;
  /** Everything the server printed: JSON log lines. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the production build (`next start`) on a free port with the given
 * environment, and waits until /api/health answers.
 */
export async function startApp(
  env: Record<string, string>,
): Promise<AppServer> {
  const port = await getFreePort();
  const child = spawn(
    process.execPath,
    [
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
        COOKIE_SECURE: "false",
        RATE_LIMIT_PER_MINUTE: "0",
        NEXT_MANUAL_SIG_HANDLE: "true",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);

  return {
    url,
    output: () => output,
    stop: () => stopChild(child),
    isRunning: () => !hasExited(child),
    pid: child.pid ?? 0,
    exit: () => child.exitCode ?? child.signalCode,
    terminate: () => child.kill("SIGTERM"),
    kill: () => killChild(child),
  };
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      throw new Error(`the app exited early:\n${output()}`);
    }
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not become healthy:\n${output()}`);
}

export function listDescendants(pid: number): number[] {
  const result = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)]);
  const children = result.stdout
    .toString()
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0);

  return children.flatMap((child) => [...listDescendants(child), child]);
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Kills the process and everything it started (its Chromium) at once, as
 * a dyno that crashes takes all its processes with it.
 */
function killChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();

  for (const pid of listDescendants(child.pid ?? 0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }

  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();

  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
