import { readdir, readFile } from "node:fs/promises";
import { setPriority } from "node:os";

/**
 * Chromium's work can wait a few milliseconds; the web server's cannot:
 * health checks and status polls must answer while every browser slot is
 * busy. Chromium and its helpers therefore run at a lower CPU priority
 * than Node. Linux keeps a priority per thread, and Chromium raises some
 * of its own threads (compositor, IO) where it may, so every thread of
 * every process is lowered, again each time a page is opened: that also
 * reaches the renderer the new page brought.
 */
export async function lowerBrowserPriority(browserPid: number) {
  const pids = [browserPid, ...(await listDescendants(browserPid))];
  const threads = await Promise.all(pids.map((pid) => listThreads(pid)));
  for (const tid of threads.flat()) {
    try {
      setPriority(tid, lowestPriority);
    } catch {
      // The thread ended between listing and renicing.
    }
  }
}

/**
 * The lowest: on a dyno nothing but the web server competes with the
 * browser, so Chromium loses no throughput by it, and the server's
 * threads win every contest for a core (nice 10 still left a poll
 * waiting behind the browser for tens of milliseconds now and then).
 */
const lowestPriority = 19;

async function listThreads(pid: number): Promise<number[]> {
  const entries = await readdir(`/proc/${pid}/task`).catch(() => []);
  return entries.map(Number);
}

async function listDescendants(root: number): Promise<number[]> {
  const entries = (await readdir("/proc")).filter((name) => /^\d+$/.test(name));
  const parents = new Map<number, number[]>();
  const stats = await Promise.all(
    entries.map(async (entry) => ({
      pid: Number(entry),
      parent: await readParent(entry),
    })),
  );
  for (const { pid, parent } of stats) {
    if (parent === undefined) continue;
    parents.set(parent, [...(parents.get(parent) ?? []), pid]);
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

async function readParent(pid: string): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: skip past it.
    const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(afterName[1]);
  } catch {
    return undefined;
  }
}
