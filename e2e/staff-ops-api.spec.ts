import { randomBytes } from "node:crypto";
import { parseMetrics, readSample } from "../lib/metrics/testing/parse-metrics";
import type { FormCheckReport } from "../lib/upstream/form-check";
import { makeAttendee } from "./support/attendee";
import { createRsvp, readBody, waitForStatus } from "./support/api";
import {
  expect,
  metricsToken,
  test,
  toLogLines,
} from "./support/staff-fixtures";

/**
 * What operators rely on: the form check, the metrics and the log lines,
 * over real HTTP against the production build and the demo site.
 */
test.describe("the form check", () => {
  test("passes against the site as mapped and sends nothing", async ({
    staff,
    demo,
  }) => {
    const sent = demo.registrations().length;

    const response = await staff.get("/api/staff/form-check");
    const report = await readBody<FormCheckReport>(response);

    expect(response.status()).toBe(200);
    expect(report).toMatchObject({ ok: true, error: null });
    expect(report.steps.every((step) => step.ok)).toBe(true);
    expect(report.screenshot).toMatch(/^data:image\/webp;base64,/);
    expect(demo.registrations()).toHaveLength(sent);
  });

  test("names the step when the site renamed a field", async ({
    staff,
    demo,
    staffApp,
  }) => {
    demo.setFaults({ renameField: "org_name" });
    const response = await staff.get("/api/staff/form-check");
    demo.setFaults({ renameField: null });
    const report = await readBody<FormCheckReport>(response);

    expect(response.status()).toBe(200);
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe("upstream_changed");
    expect(report.error?.step).toContain("#org_name");
    expect(staffApp.output()).toMatch(
      /"level":50.*form check failed at: .*#org_name/,
    );
  });

  test("is staff-only", async ({ attendee }) => {
    expect((await attendee.get("/api/staff/form-check")).status()).toBe(403);
  });
});

test.describe("metrics", () => {
  test("answer Prometheus text to the token's bearer only", async ({
    staffApp,
    attendee,
  }) => {
    const id = await createRsvp(attendee, staffApp.url, makeAttendee());
    await waitForStatus(attendee, `${staffApp.url}/api/rsvp/${id}`, "preview");
    await attendee.delete(`/api/rsvp/${id}`);

    const refused = await attendee.get("/api/metrics", {
      headers: { authorization: "Bearer wrong" },
    });
    const response = await attendee.get("/api/metrics", {
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    const families = parseMetrics(await response.text());

    expect(refused.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("text/plain");
    expect(
      readSample(families, "rsvp_jobs_total", { outcome: "preview" }),
    ).toBeGreaterThanOrEqual(1);
    expect(readSample(families, "rsvp_queue_max_concurrent")).toBe(3);
    expect(readSample(families, "rsvp_browser_launches_total")).toBe(1);
    expect(readSample(families, "rsvp_browser_crashes_total")).toBe(0);
    expect(readSample(families, "rsvp_cluster_instances")).toBe(1);
    expect(families.get("rsvp_step_duration_seconds")?.type).toBe("HISTOGRAM");
    // Sampled every 5 s from /proc, beside the heartbeat.
    await expect
      .poll(async () => {
        const again = await attendee.get("/api/metrics", {
          headers: { authorization: `Bearer ${metricsToken}` },
        });
        const text = await again.text();
        return readSample(parseMetrics(text), "rsvp_browser_memory_bytes");
      })
      .toBeGreaterThan(20 * 1024 * 1024);
  });
});

test.describe("logs", () => {
  test("every line of a request carries its id, echoed in the answer", async ({
    attendee,
    staffApp,
  }) => {
    const given = `req-${randomBytes(6).toString("hex")}`;

    const response = await attendee.post("/api/rsvp", {
      headers: { "x-request-id": given },
      data: makeAttendee(),
    });
    const forged = await attendee.get("/api/health", {
      headers: { "x-request-id": "<script>alert(1)</script>" },
    });
    const { id } = await readBody<{ id: string }>(response);
    await attendee.delete(`/api/rsvp/${id}`);

    expect(response.headers()["x-request-id"]).toBe(given);
    expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const lines = toLogLines(staffApp.output()).filter(
      (line) => line.requestId === given,
    );
    expect(lines.map((line) => line.msg)).toContain("queued");
    expect(lines.every((line) => typeof line.instance === "string")).toBe(true);
  });

  test("each state change is one JSON line with its id and duration", async ({
    attendee,
    staffApp,
  }) => {
    const id = await createRsvp(attendee, staffApp.url, makeAttendee());
    await waitForStatus(attendee, `${staffApp.url}/api/rsvp/${id}`, "preview");
    await attendee.delete(`/api/rsvp/${id}`);

    await expect
      .poll(() =>
        toLogLines(staffApp.output())
          .filter((line) => line.rsvpId === id && line.msg === "state changed")
          .map((line) => `${String(line.from)}>${String(line.to)}`),
      )
      .toEqual(["queued>filling", "filling>preview", "preview>cancelled"]);
    const change = toLogLines(staffApp.output()).find(
      (line) => line.rsvpId === id && line.to === "preview",
    );
    expect(change).toMatchObject({
      ms: expect.any(Number),
      owner: expect.any(String),
    });
  });
});
