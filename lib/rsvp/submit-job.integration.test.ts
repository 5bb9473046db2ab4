import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startDemoUpstream,
  type DemoUpstream,
} from "../../demo-upstream/server";
import { MemoryStore } from "../store/memory-store";
import type { Runtime } from "./runtime";
import { recordConfirmation, runSubmitJob } from "./submit-job";
import {
  createTestRuntime,
  makeInput,
  putSession,
} from "./testing/test-runtime";

/**
 * Exactly one registration, with a real browser and the demo site: two
 * instances share one store, and the fence decides who may send.
 */
let demo: DemoUpstream;
const store = new MemoryStore();
let first: Runtime;
let second: Runtime;

beforeAll(async () => {
  demo = await startDemoUpstream({ port: 0 });
  first = await createTestRuntime({ upstreamUrl: demo.url, store });
  second = await createTestRuntime({ upstreamUrl: demo.url, store });
});

afterAll(async () => {
  await Promise.all([first.browsers.close(), second.browsers.close()]);
  await demo.close();
});

function sentFor(email: string) {
  return demo.registrations().filter((entry) => entry.email === email);
}

describe("the submit job", () => {
  it("replays the fill on an instance without the page and confirms", async () => {
    const input = makeInput();
    const session = await putSession(first, { input, status: "submitting" });

    await runSubmitJob(second, session.id);

    const done = await store.getRsvp(session.id);
    expect(done?.status).toBe("confirmed");
    expect(sentFor(input.email)).toHaveLength(1);
    expect(done?.confirmation?.number).toMatch(/^HPS27-/);
  });

  it("registers once when two instances submit at the same time", async () => {
    const input = makeInput();
    const session = await putSession(first, { input, status: "submitting" });

    await Promise.all([
      runSubmitJob(first, session.id),
      runSubmitJob(second, session.id),
    ]);

    expect((await store.getRsvp(session.id))?.status).toBe("confirmed");
    expect(sentFor(input.email)).toHaveLength(1);
  });

  it("does not send again after a holder that sent died", async () => {
    const input = makeInput();
    const session = await putSession(first, {
      input,
      status: "submitting",
      submitAttempt: {
        token: "dead",
        at: new Date().toISOString(),
        instance: "web.9",
      },
    });

    await runSubmitJob(second, session.id);

    const done = await store.getRsvp(session.id);
    expect(done?.status).toBe("failed");
    expect(done?.error?.code).toBe("submit_uncertain");
    expect(sentFor(input.email)).toHaveLength(0);
  });

  it("lets the first holder's late answer win over uncertain", async () => {
    const token = "slow-holder";
    const session = await putSession(first, {
      input: makeInput(),
      status: "failed",
      error: { code: "submit_uncertain", message: "unknown" },
      submitAttempt: { token, at: new Date().toISOString(), instance: "web.2" },
    });

    await recordConfirmation(second, session.id, {
      token: "other",
      number: "X",
    });
    expect((await store.getRsvp(session.id))?.status).toBe("failed");
    await recordConfirmation(second, session.id, {
      token,
      number: "HPS27-LATE42",
    });

    const done = await store.getRsvp(session.id);
    expect(done?.status).toBe("confirmed");
    expect(done?.confirmation?.number).toBe("HPS27-LATE42");
    expect(done?.error).toBeNull();
  });

  it("ends uncertain when the site never answers the send", async () => {
    const input = makeInput();
    const session = await putSession(first, { input, status: "submitting" });
    demo.setFaults({ hang: "submit" });
    const slow = await createTestRuntime({
      upstreamUrl: demo.url,
      store,
      env: { UPSTREAM_FORM_MAP: fastMapPath() },
    });

    await runSubmitJob(slow, session.id).finally(() => {
      demo.setFaults({ hang: "off" });
      return slow.browsers.close();
    });

    const done = await store.getRsvp(session.id);
    expect(done?.error?.code).toBe("submit_uncertain");
    expect(done?.submitAttempt?.instance).toBe(slow.owner);
  });
});

function fastMapPath(): string {
  return new URL("./testing/fast-demo-map.json", import.meta.url).pathname;
}
