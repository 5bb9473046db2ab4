import { readdirSync, readFileSync } from "node:fs";

/**
 * Every Chromium this service launches carries this switch with the id
 * of the Node process that launched it; Chromium ignores switches it does
 * not know. A Node process killed with SIGKILL cannot close its browser,
 * so the next start looks for browsers whose launcher is gone.
 */
export const ownerSwitch = "--rsvp-gateway-owner";

export function getOwnerArg(): string {
  return `${ownerSwitch}=${process.pid}`;
}

/** Ends browsers whose launching Node process no longer exists. */
export function killOrphanedBrowsers(): number[] {
  const killed: number[] = [];
  for (const { pid, ownerPid } of listOwnedBrowsers()) {
    if (isNodeProcess(ownerPid)) continue;
    try {
      // Puppeteer starts Chromium as a process group leader: end the group.
      process.kill(-pid, "SIGKILL");
      killed.push(pid);
    } catch {
      // Gone already.
    }
  }

  return killed;
}

function listOwnedBrowsers(): { pid: number; ownerPid: number }[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      const args = readCmdline(Number(entry));
      const owner = args.find((arg) => arg.startsWith(`${ownerSwitch}=`));
      if (!owner) return [];
      return [{ pid: Number(entry), ownerPid: Number(owner.split("=")[1]) }];
    });
}

function isNodeProcess(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;

  const args = readCmdline(pid);
  return args.some((arg) => /(^|\/)(node|next-server)/.test(arg));
}

function readCmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8")
      .split("\0")
      .filter(Boolean);
  } catch {
    return [];
  }
}
