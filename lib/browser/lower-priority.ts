import { readdirSync, readFileSync } from "node:fs";
import { setPriority } from "node:os";

/**
 * Chromium's work can wait a few milliseconds; the web server's cannot:
 * health checks and status polls must answer while every browser slot is
 * busy. Chromium and its helpers (the zygote forks every renderer, which
 * inherit its priority) therefore run at a lower CPU priority than Node.
 */
export function lowerBrowserPriority(browserPid: number, niceness = 10) {
  for (const pid of [browserPid, ...listDescendants(browserPid)]) {
    try {
      setPriority(pid, niceness);
    } catch {
      // The process ended between listing and renicing.
    }
  }
}

function listDescendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = readParent(Number(entry));
    if (parent === undefined) continue;
    parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const children = parents.get(pending.pop() ?? 0) ?? [];
    found.push(...children);
    pending.push(...children);
  }

  return found;
}

function readParent(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: skip past it.
    const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(afterName[1]);
  } catch {
    return undefined;
  }
}
