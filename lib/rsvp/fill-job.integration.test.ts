import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  startDemoUpstream,
  type DemoUpstream,
} from "../../demo-upstream/server";
import { runFillJob } from "./fill-job";
import type { Runtime } from "./runtime";
import {
  createTestRuntime,
  makeInput,
  putSession,
} from "./testing/test-runtime";

/**
 * The fill job under faults, with a real Chromium and the demo site: each
 * fault ends as documented and the queue's slots all come back.
 */
let demo: DemoUpstream;
let runtime: Runtime;

beforeAll(async () => {
  demo = await startDemoUpstream({ port: 0 });
  runtime = await createTestRuntime({
    upstreamUrl: demo.url,
    env: { UPSTREAM_FORM_MAP: fastMapPath() },
  });
});

afterEach(() => {
  demo.setFaults({ latencyMs: 0, errorRate: 0, hang: "off" });
});

afterAll(async () => {
  await runtime.browsers.close();
  await demo.close();
});

async function fill() {
  const session = await putSession(runtime, { input: makeInput() });
  await runFillJob(runtime, session.id);

  expect(runtime.queue.stats).toMatchObject({ active: 0, pending: 0 });
  return runtime.store.getRsvp(session.id);
}

describe("the fill job under faults", () => {
  it("survives a slow site", async () => {
    demo.setFaults({ latencyMs: 150 });

    expect((await fill())?.status).toBe("preview");
  });

  it("relaunches a browser killed mid-fill and retries once", async () => {
    demo.setFaults({ latencyMs: 300 });
    await runtime.browsers.warm();
    const pid = await runtime.browsers.getPid();
    setTimeout(() => process.kill(pid ?? 0, "SIGKILL"), 700);

    const session = await fill();
    expect(session?.status).toBe("preview");
    expect(runtime.browsers.crashes).toBeGreaterThanOrEqual(1);
    expect(await runtime.browsers.getPid()).not.toBe(pid);
  });

  it("fails with timeout when the site hangs, and frees the slot", async () => {
    demo.setFaults({ hang: "steps" });
    const session = await fill();

    expect(session?.status).toBe("failed");
    expect(session?.error?.code).toBe("timeout");
  });

  it("fails with upstream_unavailable when the site keeps erroring", async () => {
    demo.setFaults({ errorRate: 1 });
    const session = await fill();

    expect(session?.status).toBe("failed");
    expect(session?.error?.code).toBe("upstream_unavailable");
  });

  it("leaves a cancelled RSVP's queued job without taking a slot", async () => {
    const session = await putSession(runtime, {
      input: makeInput(),
      status: "cancelled",
    });
    await runFillJob(runtime, session.id);

    expect((await runtime.store.getRsvp(session.id))?.status).toBe("cancelled");
    expect(runtime.queue.stats.active).toBe(0);
  });
});

function fastMapPath(): string {
  return new URL("./testing/fast-demo-map.json", import.meta.url).pathname;
}
