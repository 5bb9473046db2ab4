import { afterEach, describe, expect, it, vi } from "vitest";
import type { BrowserSession } from "../browser/browser-pool";
import { OpenPages } from "../browser/open-pages";
import { parseConfig } from "../config";
import { MemoryStore } from "../store/memory-store";
import { createSession, getStoreTtl } from "./session-record";
import { sweep } from "./sweeper";

const config = parseConfig({ SESSION_TTL_SECONDS: "60", LOG_LEVEL: "silent" });

function trackedPage(closed: string[], id: string): BrowserSession {
  return {
    page: {} as BrowserSession["page"],
    close: () => {
      closed.push(id);
      return Promise.resolve();
    },
    park: () => Promise.resolve(),
    resume: () => Promise.resolve(),
  };
}

function setUp(now: () => number) {
  const store = new MemoryStore(now);
  const runtime = {
    store,
    config,
    owner: "test.1",
    jobs: new Map<string, AbortController>(),
    openPages: new OpenPages(10),
  };
  const input = {
    firstName: "Li",
    lastName: "Wei",
    email: "li@example.com",
    company: "X",
    country: "CN" as const,
    attendance: "attending" as const,
    guests: 0,
    consent: true as const,
    marketingOptIn: false,
  };
  const add = async (id: string) => {
    const session = createSession({
      id,
      input,
      instance: "test",
      position: 0,
      ttlSeconds: 60,
    });
    await store.putRsvp(session, {
      expectedVersion: 0,
      ttlSeconds: getStoreTtl(session, 60),
    });
  };

  return { runtime, store, add };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("sweep", () => {
  it("expires idle RSVPs and closes their pages and jobs", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { runtime, store, add } = setUp(() => Date.now());
    const closed: string[] = [];
    await add("held-page");
    await add("waiting-job");
    runtime.openPages.hold("held-page", trackedPage(closed, "held-page"));
    const job = new AbortController();
    runtime.jobs.set("waiting-job", job);

    vi.setSystemTime(Date.now() + 61_000);
    const freed = await sweep(runtime);

    expect(freed).toBe(2);
    expect(closed).toEqual(["held-page"]);
    expect(job.signal.aborted).toBe(true);
    expect((await store.getRsvp("held-page"))?.status).toBe("expired");
  });

  it("closes a page whose RSVP vanished from the store", async () => {
    const { runtime } = setUp(Date.now);
    const closed: string[] = [];
    runtime.openPages.hold("ghost", trackedPage(closed, "ghost"));

    expect(await sweep(runtime)).toBe(1);
    expect(closed).toEqual(["ghost"]);
  });

  it("leaves RSVPs that are still within their time alone", async () => {
    const { runtime, add } = setUp(Date.now);
    const closed: string[] = [];
    await add("fresh");
    runtime.openPages.hold("fresh", trackedPage(closed, "fresh"));

    expect(await sweep(runtime)).toBe(0);
    expect(closed).toEqual([]);
  });
});
