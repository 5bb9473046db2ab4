import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";

export interface Machine {
  nproc: number;
  cpuModel: string;
  /** `free -h`, as printed. */
  memory: string;
  node: string;
  /** 1-minute load average at the start: other work on the machine. */
  loadAtStart: number;
}

export function describeMachine(): Machine {
  const cpuinfo = readText("/proc/cpuinfo");
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? "unknown";
  const free = spawnSync("free", ["-h"], { encoding: "utf8" });

  return {
    nproc: availableParallelism(),
    cpuModel: model.trim(),
    memory: free.status === 0 ? free.stdout.trimEnd() : "free -h unavailable",
    node: process.version,
    loadAtStart: loadavg()[0] ?? 0,
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
