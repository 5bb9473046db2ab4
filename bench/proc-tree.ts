import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** One process as /proc/<pid>/stat describes it. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks. */
  ticks: number;
}

/** The unit of /proc/<pid>/stat's times (USER_HZ). */
export const clockTicksPerSecond = readClockTicks();

/** A process and all its descendants, found by walking parent ids. */
export function listTree(rootPid: number): ProcStat[] {
  const all = readAllStats();
  const byParent = new Map<number, ProcStat[]>();
  for (const stat of all) {
    const siblings = byParent.get(stat.ppid) ?? [];
    siblings.push(stat);
    byParent.set(stat.ppid, siblings);
  }

  const root = all.find((stat) => stat.pid === rootPid);
  if (!root) return [];

  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) {
    const pid = tree[index]?.pid ?? -1;
    tree.push(...(byParent.get(pid) ?? []));
  }

  return tree;
}

/**
 * Proportional set size of the tree in MB: shared pages (Chromium's
 * binary, fonts) are split between the processes that map them, so the
 * sum is what the tree as a whole costs in RAM.
 */
export function getTreePssMb(tree: ProcStat[]): number {
  let kb = 0;
  for (const { pid } of tree) kb += readPssKb(pid);

  return kb / 1024;
}

function readPssKb(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const match = /^Pss:\s+(\d+) kB/m.exec(text);
    return match ? Number(match[1]) : 0;
  } catch {
    // The process exited between the listing and the read.
    return 0;
  }
}

function readAllStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.push(stat);
  }

  return stats;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name may hold spaces and parentheses; fields follow the
  // last ")". After it: state, ppid, ... utime is field 14 overall.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const number = (index: number) => Number(fields[index] ?? 0);

  return {
    pid,
    ppid: number(1),
    ticks: number(11) + number(12) + number(13) + number(14),
  };
}

function readClockTicks(): number {
  const result = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const ticks = Number(result.stdout.trim());

  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
}
