import {
  expect,
  type APIRequestContext,
  type APIResponse,
} from "@playwright/test";
import type { RsvpStatusView } from "../../lib/rsvp/status";

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export interface CreatedBody {
  id: string;
  status: string;
  position: number;
}

/** The body of a response, typed as the contract says it is. */
export async function readBody<T>(response: APIResponse): Promise<T> {
  return (await response.json()) as T;
}

/** Creates an RSVP and answers its id. */
export async function createRsvp(
  request: APIRequestContext,
  baseUrl: string,
  attendee: Record<string, unknown>,
): Promise<string> {
  const response = await request.post(`${baseUrl}/api/rsvp`, {
    data: attendee,
  });
  expect(response.status()).toBe(202);

  return (await readBody<CreatedBody>(response)).id;
}

export async function getStatus(
  request: APIRequestContext,
  url: string,
): Promise<RsvpStatusView> {
  return readBody<RsvpStatusView>(await request.get(url));
}

/** Polls an RSVP until it reaches `wanted`, and answers its status then. */
export async function waitForStatus(
  request: APIRequestContext,
  url: string,
  wanted: RsvpStatusView["status"],
): Promise<RsvpStatusView> {
  await expect
    .poll(async () => (await getStatus(request, url)).status, {
      timeout: 30_000,
    })
    .toBe(wanted);

  return getStatus(request, url);
}

export async function getActiveJobs(
  request: APIRequestContext,
  baseUrl: string,
): Promise<number> {
  const response = await request.get(`${baseUrl}/api/health`);
  return (await readBody<{ queue: { active: number } }>(response)).queue.active;
}

/** API.md's error shape, with no stack trace or file path in it. */
export function expectErrorShape(body: unknown, code: string): void {
  expect(body).toMatchObject({
    error: { code, message: expect.any(String) as unknown },
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+|\/work\//);
}
