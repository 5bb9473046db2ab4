import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startDemoUpstream,
  type DemoUpstream,
} from "../../demo-upstream/server";
import { ApiError } from "../http/api-error";
import { createTestRuntime } from "../rsvp/testing/test-runtime";
import type { Runtime } from "../rsvp/runtime";
import { recordLogs, waitUntil } from "../store/testing/record-logs";
import type { FormCheckReport } from "../upstream/form-check";
import { runFormCheck } from "./form-check";
import { scheduleFormCheck } from "./form-check-schedule";

/**
 * The form check against the real demo site in a real Chromium: it must
 * pass on the site as mapped, name the step when a field is renamed, and
 * never send anything.
 */
let demo: DemoUpstream;
let runtime: Runtime;

beforeAll(async () => {
  demo = await startDemoUpstream({ port: 0 });
  runtime = await createTestRuntime({
    upstreamUrl: demo.url,
    env: { MAX_CONCURRENT_BROWSERS: "1", MAX_QUEUE: "0" },
  });
});

afterAll(async () => {
  await runtime?.browsers.close();
  await demo?.close();
});

describe("the form check", () => {
  it("passes every step up to the preview and sends nothing", async () => {
    const { log, lines } = recordLogs();

    const report = await runFormCheck(runtime, { trigger: "staff", log });

    expect(report.ok).toBe(true);
    expect(report.error).toBeNull();
    expect(report.steps.length).toBeGreaterThan(10);
    expect(report.steps.every((step) => step.ok)).toBe(true);
    expect(report.steps.map((step) => step.name)).toContain(
      "show the review page",
    );
    expect(report.steps.map((step) => step.name)).not.toContain(
      "submit the registration",
    );
    expect(report.screenshot).toMatch(/^data:image\/webp;base64,/);
    expect(demo.registrations()).toHaveLength(0);
    expect(lines.map((line) => line.msg)).toContain("form check passed");
  });

  it("fails on a renamed field and names the step", async () => {
    const { log, lines } = recordLogs();
    demo.setFaults({ renameField: "org_name" });

    const report = await runFormCheck(runtime, { trigger: "staff", log });
    demo.setFaults({ renameField: null });

    expect(report.ok).toBe(false);
    expect(report.error).toMatchObject({ code: "upstream_changed" });
    expect(report.error?.step).toContain("#org_name");
    expect(report.steps.at(-1)).toMatchObject({ ok: false });
    expect(report.steps.at(-2)).toMatchObject({ ok: true });
    expect(report.screenshot).toMatch(/^data:image\/webp;base64,/);
    const error = lines.find((line) => line.level === "error");
    expect(error?.msg).toContain("#org_name");
    expect(error).toMatchObject({ trigger: "staff", code: "upstream_changed" });
  });

  it("is refused with busy when no slot is free and the queue is full", async () => {
    const release = await runtime.queue.acquire();
    const outcome = await runFormCheck(runtime, { trigger: "staff" }).catch(
      (error: unknown) => error,
    );
    release();

    expect(outcome).toBeInstanceOf(ApiError);
    expect(outcome).toMatchObject({ code: "busy", status: 503 });
    expect(runtime.queue.stats.active).toBe(0);
  });

  it("gives its slot back whatever the outcome", async () => {
    demo.setFaults({ renameField: "org_name" });
    await runFormCheck(runtime, { trigger: "staff" });
    demo.setFaults({ renameField: null });

    expect(runtime.queue.stats).toMatchObject({ active: 0, pending: 0 });
  });
});

describe("the scheduled form check", () => {
  it("logs an error naming the failed step", async () => {
    const { log, lines } = recordLogs();
    demo.setFaults({ renameField: "org_name" });
    const stop = scheduleFormCheck({
      store: runtime.store,
      everyMs: 300,
      log,
      run: (checkLog) =>
        runFormCheck(runtime, { trigger: "schedule", log: checkLog }),
    });

    const isLogged = await waitUntil(
      () => lines.some((line) => line.level === "error"),
      20_000,
    );
    stop();
    demo.setFaults({ renameField: null });

    expect(isLogged).toBe(true);
    const error = lines.find((line) => line.level === "error");
    expect(error).toMatchObject({ trigger: "schedule" });
    expect(String(error?.step)).toContain("#org_name");
  });

  it("runs on one instance per period when several share a store", async () => {
    const runs: Promise<FormCheckReport>[] = [];
    const run = () => {
      const check = runFormCheck(runtime, { trigger: "schedule" });
      runs.push(check);
      return check;
    };
    const stops = [1, 2, 3].map(() =>
      scheduleFormCheck({ store: runtime.store, everyMs: 2_000, run }),
    );

    await new Promise((resolve) => setTimeout(resolve, 2_500));
    stops.forEach((stop) => stop());
    const reports = await Promise.all(runs);

    expect(reports).toHaveLength(1);
    expect(reports[0]?.ok).toBe(true);
  });
});
