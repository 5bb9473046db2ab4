import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startDemoUpstream,
  type DemoUpstream,
} from "../../demo-upstream/server";
import { changeSession } from "./change-session";
import { runFillJob } from "./fill-job";
import type { Runtime } from "./runtime";
import { runSubmitJob } from "./submit-job";
import {
  createTestRuntime,
  makeInput,
  putSession,
} from "./testing/test-runtime";

/**
 * Where a held preview's slot goes, with a real Chromium and the demo
 * site: our design frees it at the preview; the benchmark's model of the
 * first design ("per-rsvp") keeps it, with the browser, until the end.
 */
let demo: DemoUpstream;
const runtimes: Runtime[] = [];

beforeAll(async () => {
  demo = await startDemoUpstream({ port: 0 });
});

afterAll(async () => {
  await Promise.all(runtimes.map((runtime) => runtime.browsers.close()));
  await demo.close();
});

async function startInstance(mode: "shared" | "per-rsvp") {
  const runtime = await createTestRuntime({
    upstreamUrl: demo.url,
    env: { BROWSER_MODE: mode, MAX_CONCURRENT_BROWSERS: "1" },
  });
  runtimes.push(runtime);
  return runtime;
}

describe("a held preview's slot", () => {
  it("is free again at the preview in our design", async () => {
    const runtime = await startInstance("shared");
    const session = await putSession(runtime, { input: makeInput() });
    await runFillJob(runtime, session.id);

    expect(runtime.openPages.has(session.id)).toBe(true);
    expect(runtime.queue.stats.active).toBe(0);
  });

  it("stays taken until the confirm in per-rsvp mode", async () => {
    const runtime = await startInstance("per-rsvp");
    const session = await putSession(runtime, { input: makeInput() });
    await runFillJob(runtime, session.id);
    expect(runtime.openPages.has(session.id)).toBe(true);
    expect(runtime.queue.stats.active).toBe(1);

    await changeSession(runtime, session.id, () => ({ status: "submitting" }));
    await runSubmitJob(runtime, session.id);

    expect((await runtime.store.getRsvp(session.id))?.status).toBe("confirmed");
    expect(runtime.queue.stats.active).toBe(0);
  });
});
