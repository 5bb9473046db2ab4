import { randomBytes, randomUUID } from "node:crypto";
import type { RsvpInput } from "../../lib/rsvp/schema";
import type { Preview } from "../../lib/upstream/run-form-map";
import { UpstreamError } from "../../lib/upstream/upstream-error";
import type { ClusterTasks, JobStats } from "./cluster-tasks";

export interface BoardEntry {
  id: string;
  owner: string;
  input: RsvpInput;
  status: "queued" | "preview" | "submitting" | "confirmed" | "failed";
  preview?: Preview;
  confirmation?: string;
  errorCode?: string;
}

/**
 * The cluster server's RSVPs, in memory. A task's page lives only as long
 * as the task, so the entry keeps the input and the screenshot, and the
 * confirm starts a second task that replays the fill and submits.
 */
export class RsvpBoard {
  private readonly entries = new Map<string, BoardEntry>();

  constructor(
    private readonly tasks: ClusterTasks,
    private readonly maxQueue: number,
  ) {}

  get isFull(): boolean {
    return this.tasks.stats.pending >= this.maxQueue;
  }

  /** Records an RSVP and queues its fill; answers the new entry. */
  create(input: RsvpInput): BoardEntry {
    const entry: BoardEntry = {
      id: randomUUID(),
      owner: randomBytes(16).toString("base64url"),
      input,
      status: "queued",
    };
    this.entries.set(entry.id, entry);
    this.tasks.fill(input).then(
      (preview) => Object.assign(entry, { status: "preview", preview }),
      (error: unknown) => markFailed(entry, error),
    );

    return entry;
  }

  /** The entry when `owner` owns it; undefined hides which case it is. */
  get(id: string, owner: string | undefined): BoardEntry | undefined {
    const entry = this.entries.get(id);
    return entry && entry.owner === owner ? entry : undefined;
  }

  /** Starts the replay-and-submit task once; false before the preview. */
  confirm(entry: BoardEntry): boolean {
    if (entry.status === "submitting" || entry.status === "confirmed") {
      return true;
    }
    if (entry.status !== "preview") return false;

    entry.status = "submitting";
    this.tasks.replayAndSubmit(entry.input).then(
      ({ number }) =>
        Object.assign(entry, { status: "confirmed", confirmation: number }),
      (error: unknown) => markFailed(entry, error),
    );

    return true;
  }

  get stats(): JobStats {
    return this.tasks.stats;
  }
}

function markFailed(entry: BoardEntry, error: unknown) {
  entry.status = "failed";
  entry.errorCode =
    error instanceof UpstreamError ? error.code : "internal_error";
}
