import type { MemoryStore } from "./memory-store";
import type { OutageWrites } from "./outage-journal";
import type { RemoteStore, RsvpSession } from "./types";

export interface WriteBackReport {
  rsvps: number;
  /** Records left as the remote had them, because its copy won. */
  keptRemote: number;
  previews: number;
  locks: number;
  /** Locks another instance took in the meantime. */
  lockConflicts: number;
}

interface WriteBackOptions {
  writes: OutageWrites;
  memory: MemoryStore;
  remote: RemoteStore;
  now: number;
  /** How long memory keeps what it wrote back, as a copy, in seconds. */
  copySeconds: number;
}

/**
 * Copies what was written to memory during an outage to the remote
 * store, each with the time it had left to live. Safe to run twice: a
 * record already written back is no longer newer than the remote's.
 */
export async function writeBack(
  options: WriteBackOptions,
): Promise<WriteBackReport> {
  const report = createEmptyReport();
  await writeBackRsvps(options, report);
  await writeBackPreviews(options, report);
  await writeBackLocks(options, report);

  return report;
}

/**
 * Whether the copy made during the outage should replace the remote's.
 * A confirmation is never overwritten, and never lost: it stands for a
 * registration the third-party site has made. Otherwise the higher
 * version wins, and the remote wins a tie.
 */
export function shouldWriteBack(
  remote: RsvpSession | null,
  local: RsvpSession,
): boolean {
  if (!remote) return true;
  if (remote.status === "confirmed") return false;
  if (local.status === "confirmed") return true;

  return local.version > remote.version;
}

async function writeBackRsvps(
  { writes, memory, remote, now, copySeconds }: WriteBackOptions,
  report: WriteBackReport,
): Promise<void> {
  for (const [id, expiresAtMs] of writes.rsvps) {
    const local = await memory.getRsvp(id);
    if (!local || expiresAtMs <= now) continue;

    const ttlSeconds = (expiresAtMs - now) / 1000;
    const written = await writeBackRsvp({ remote, local, ttlSeconds });
    report[written ? "rsvps" : "keptRemote"] += 1;
    // The remote holds it now; memory keeps only a copy, like any other.
    const copyTtl = Math.min(ttlSeconds, copySeconds);
    if (written) memory.keepRsvpCopy(written, copyTtl);
  }
}

async function writeBackRsvp(options: {
  remote: RemoteStore;
  local: RsvpSession;
  ttlSeconds: number;
}): Promise<RsvpSession | null> {
  const { remote, local, ttlSeconds } = options;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await remote.getRsvp(local.id);
    if (!shouldWriteBack(current, local)) return null;

    // Above the remote's version, so a writer holding that version
    // cannot overwrite this one by compare-and-set.
    const currentVersion = current?.version ?? 0;
    const next = {
      ...local,
      version: Math.max(local.version, currentVersion + 1),
    };
    const put = { expectedVersion: currentVersion, ttlSeconds };
    if (await remote.putRsvp(next, put)) return next;
  }

  return null;
}

async function writeBackPreviews(
  { writes, memory, remote, now }: WriteBackOptions,
  report: WriteBackReport,
): Promise<void> {
  for (const [id, expiresAtMs] of writes.previews) {
    const image = await memory.getPreview(id);
    if (!image || expiresAtMs <= now) continue;

    await remote.putPreview(id, image, (expiresAtMs - now) / 1000);
    report.previews += 1;
    // Images are large: keep this one only until the switch back is done.
    await memory.putPreview(id, image, 60);
  }
}

async function writeBackLocks(
  { writes, memory, remote, now }: WriteBackOptions,
  report: WriteBackReport,
): Promise<void> {
  for (const [name, lock] of writes.locks) {
    if (!memory.isLockHeld(name, lock.token)) continue;

    const ttlMs = lock.expiresAtMs - now;
    const isHeld = await remote.restoreLock(name, lock.token, ttlMs);
    report[isHeld ? "locks" : "lockConflicts"] += 1;
  }
}

export function createEmptyReport(): WriteBackReport {
  return { rsvps: 0, keptRemote: 0, previews: 0, locks: 0, lockConflicts: 0 };
}
