import { listLiveInstances, type Heartbeat } from "../cluster/heartbeat";
import { getRuntime } from "../rsvp/runtime";
import { isRsvpId } from "../rsvp/session-record";
import type { RsvpStatus } from "../rsvp/status";
import type { RsvpSession } from "../store/types";
import { getImageType } from "../upstream/image-type";
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
  /** The preview screenshot as a data URL, while the store keeps it. */
  preview: string | null;
}

/** One RSVP for its staff page; null for an unknown or malformed id. */
export async function getRsvpDetail(id: string): Promise<RsvpDetail | null> {
  if (!isRsvpId(id)) return null;

  const { store } = await getRuntime();
  const session = await store.getRsvp(id);
  if (!session) return null;

  const image = session.hasPreview ? await store.getPreview(id) : null;
  const preview = image
    ? `data:${getImageType(image)};base64,${image.toString("base64")}`
    : null;

  return { session, status: toEffectiveStatus(session), preview };
}
