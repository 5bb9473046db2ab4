import { readdir, readFile } from "node:fs/promises";

/**
 * The proportional set size (PSS) of a process and all its descendants,
 * in bytes, from Linux's /proc. PSS splits pages shared between processes
 * (Chromium's zygote and its renderers share most of theirs), so the sum
 * is what the tree really costs the dyno. Null where /proc cannot say.
 */
export async function readProcessTreePss(pid: number): Promise<number | null> {
  const pids = await listProcessTree(pid).catch(() => []);
  if (pids.length === 0) return null;

  const sizes = await Promise.all(pids.map((one) => readPss(one)));
  const known = sizes.filter((size): size is number => size !== null);

  return known.length > 0 ? known.reduce((sum, size) => sum + size, 0) : null;
}

/** `pid` and every process below it, from the parent of each process. */
export async function listProcessTree(pid: number): Promise<number[]> {
  const pids = (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry));
  const parents = await Promise.all(pids.map((one) => readParent(+one)));
  if (!pids.includes(String(pid))) return [];

  const children = new Map<number, number[]>();
  parents.forEach((parent, index) => {
    if (parent === null) return;
    children.set(parent, [
      ...(children.get(parent) ?? []),
      Number(pids[index]),
    ]);
  });

  const tree: number[] = [];
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    tree.push(next);
    pending.push(...(children.get(next) ?? []));
  }

  return tree;
}

/** The parent id, from /proc/<pid>/stat; null once the process is gone. */
async function readParent(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  // The command name may hold spaces and parentheses: read after its end.
  const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
  const parent = Number(fields?.[1]);

  return Number.isInteger(parent) ? parent : null;
}

async function readPss(pid: number): Promise<number | null> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8").catch(
    () => null,
  );
  const kib = rollup?.match(/^Pss:\s+(\d+) kB$/m)?.[1];

  return kib === undefined ? null : Number(kib) * 1024;
}
