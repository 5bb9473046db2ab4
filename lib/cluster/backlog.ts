import { timingSafeEqual } from "node:crypto";
import { notFound } from "../http/api-error";
import { getRuntime } from "../rsvp/runtime";
import { getBacklog, listLiveInstances } from "./heartbeat";

/**
 * HireFire's custom web metric: the browser jobs queued or running over
 * all live instances. Heroku's own autoscaler watches response times,
 * which stay low here because requests never wait for the browser.
 */
export async function getHireFireInfo(
  token: string,
): Promise<{ name: string; value: number }[]> {
  const runtime = await getRuntime();
  const expected = runtime.config.hirefireToken;
  if (!expected || !isSameSecret(token, expected)) throw notFound();

  const instances = await listLiveInstances(runtime.store);

  return [{ name: "web", value: getBacklog(instances) }];
}

function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
