import { ApiError, notFound } from "../http/api-error";
import { assertNotDraining } from "../lifecycle/drain-state";
import { getLogger } from "../log";
import type { RsvpSession } from "../store/types";
import { adoptIfOrphaned } from "./adopt";
import {
  expireSession,
  freeBrowserWork,
  startFill,
  startSubmit,
} from "./browser-work";
import { changeSession } from "./change-session";
import { assertWithinRateLimit } from "./rate-limit";
import { getQueue, getRuntime, type Runtime } from "./runtime";
import { toFieldErrors } from "./schema";
import {
  createRsvpId,
  createSession,
  getStoreTtl,
  isPastExpiry,
} from "./session-record";
import type { RsvpStatus, RsvpStatusView } from "./status";
import { toStatusView } from "./status-view";

/**
 * An RSVP's life as the routes see it. Requests never wait for the
 * browser: they record a state, start or find the job, and answer.
 */
export async function createRsvp(options: {
  body: unknown;
  clientAddress: string;
}): Promise<{ id: string; status: RsvpStatus; position: number }> {
  assertNotDraining();
  const runtime = await getRuntime();
  const parsed = runtime.inputSchema.safeParse(options.body);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error);
    throw new ApiError("validation_failed", describeFields(fields), { fields });
  }

  await assertWithinRateLimit({
    store: runtime.store,
    clientAddress: options.clientAddress,
    perMinute: runtime.config.rateLimitPerMinute,
    scope: "rsvp",
  });
  assertQueueHasRoom(runtime);
  const session = createSession({
    id: createRsvpId(),
    input: parsed.data,
    instance: runtime.owner,
    position: runtime.queue.nextPosition,
    ttlSeconds: runtime.config.sessionTtlSeconds,
  });
  await runtime.store.putRsvp(session, {
    expectedVersion: 0,
    ttlSeconds: getStoreTtl(session, runtime.config.sessionTtlSeconds),
  });
  startFill(runtime, session.id);
  getLogger().info(
    { rsvpId: session.id, position: session.position },
    "queued",
  );

  return { id: session.id, status: "queued", position: session.position ?? 0 };
}

/**
 * Refuses at once, before the body is read, when no RSVP could be taken
 * now: under a flood, most requests end here for almost nothing.
 */
export function assertAcceptingRsvps(): void {
  assertNotDraining();
  const queue = getQueue();
  if (queue.isFull) throw busy();
}

/** The status, from any instance; picks up work an instance left behind. */
export async function getRsvpStatus(id: string): Promise<RsvpStatusView> {
  const runtime = await getRuntime();
  const session = await adoptIfOrphaned(runtime, await load(runtime, id));

  return toStatusView(runtime, session);
}

export async function confirmRsvp(
  id: string,
): Promise<{ accepted: true } | { accepted: false; view: RsvpStatusView }> {
  const runtime = await getRuntime();
  const session = await load(runtime, id);
  if (session.status === "confirmed") {
    return { accepted: false, view: toStatusView(runtime, session) };
  }
  if (session.status !== "preview" && session.status !== "submitting") {
    throw new ApiError(
      "invalid_state",
      `Cannot confirm an RSVP that is ${session.status}; wait for its preview`,
    );
  }

  assertNotDraining();
  const submitting = await changeSession(runtime, id, (current) =>
    current.status === "preview"
      ? { status: "submitting", instance: runtime.owner }
      : null,
  );
  if (submitting) startSubmit(runtime, id);
  else await adoptIfOrphaned(runtime, await load(runtime, id));

  return { accepted: true };
}

export async function cancelRsvp(id: string): Promise<void> {
  const runtime = await getRuntime();
  const session = await load(runtime, id);
  if (session.status === "cancelled") return;
  if (!isCancellable(session)) {
    throw new ApiError(
      "invalid_state",
      `Cannot cancel an RSVP that is ${session.status}`,
    );
  }

  const cancelled = await changeSession(runtime, id, (current) =>
    isCancellable(current) ? { status: "cancelled", position: null } : null,
  );
  if (!cancelled) return cancelRsvp(id);

  await freeBrowserWork(runtime, id);
  getLogger().info({ rsvpId: id }, "cancelled");
}

export async function getPreviewImage(id: string): Promise<Buffer> {
  const runtime = await getRuntime();
  const session = await load(runtime, id);
  const image = session.hasPreview ? await runtime.store.getPreview(id) : null;
  if (!image) throw new ApiError("not_found", "This RSVP has no preview");

  return image;
}

/** Loads an RSVP, turning a lapsed one into "expired" on the way. */
async function load(runtime: Runtime, id: string): Promise<RsvpSession> {
  const session = await runtime.store.getRsvp(id);
  if (!session) throw notFound();
  if (!isPastExpiry(session)) return session;

  const expired = await expireSession(runtime, id);
  return expired ?? load(runtime, id);
}

function isCancellable(session: RsvpSession): boolean {
  return ["queued", "filling", "preview"].includes(session.status);
}

function assertQueueHasRoom(runtime: Runtime) {
  if (runtime.queue.isFull) throw busy();
}

function busy(): ApiError {
  return new ApiError(
    "busy",
    "Lots of people are answering right now; please try again shortly",
    { retryAfterSeconds: 5 },
  );
}

function describeFields(fields: Record<string, string>): string {
  const [first] = Object.values(fields);
  const count = Object.keys(fields).length;
  return count === 1 && first ? first : `${count} answers need attention`;
}
