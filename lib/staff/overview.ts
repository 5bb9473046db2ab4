import { listLiveInstances, type Heartbeat } from "../cluster/heartbeat";
import { getRuntime } from "../rsvp/runtime";
import { isRsvpId } from "../rsvp/session-record";
import type { RsvpStatus } from "../rsvp/status";
import type { RsvpSession } from "../store/types";
import { listSubmissions, type SubmissionsQuery } from "./submissions";
import type { SubmissionsPage } from "./submissions";
import { toEffectiveStatus } from "./submission-view";

/** What /staff shows: every live instance and a page of submissions. */
export async function getStaffOverview(query: SubmissionsQuery): Promise<{
  instances: Heartbeat[];
  submissions: SubmissionsPage;
}> {
  const { store } = await getRuntime();
  const [instances, submissions] = await Promise.all([
    listLiveInstances(store).catch(() => []),
    listSubmissions(store, query),
  ]);
  instances.sort((a, b) => a.instance.localeCompare(b.instance));

  return { instances, submissions };
}

export interface RsvpDetail {
  session: RsvpSession;
  status: RsvpStatus;
}

/** One RSVP for its staff page; null for an unknown or malformed id. */
export async function getRsvpDetail(id: string): Promise<RsvpDetail | null> {
  if (!isRsvpId(id)) return null;

  const { store } = await getRuntime();
  const session = await store.getRsvp(id);

  return session ? { session, status: toEffectiveStatus(session) } : null;
}
