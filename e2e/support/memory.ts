import { readFileSync } from "node:fs";
import { listDescendants } from "./app-server";

/**
 * Proportional set size of a process and all its descendants, in MB:
 * shared pages are split between the processes that map them, so the sum
 * is what the tree really costs (Chromium shares a lot between its
 * processes).
 */
export function getTreePssMb(pid: number): number {
  const kb = [pid, ...listDescendants(pid)].reduce(
    (sum, member) => sum + readPssKb(member),
    0,
  );

  return Math.round(kb / 1024);
}

function readPssKb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0;
  }
}
