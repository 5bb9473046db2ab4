import { describe, expect, it } from "vitest";
import { recordTransition, toStepRecorder } from "./record";
import { getMetrics } from "./registry";
import { parseMetrics, readSample } from "./testing/parse-metrics";

async function scrape() {
  return parseMetrics(await getMetrics().registry.metrics());
}

describe("the metrics registry", () => {
  it("writes text a Prometheus parser reads, with every family typed", async () => {
    const families = await scrape();

    for (const name of [
      "rsvp_queue_active",
      "rsvp_queue_pending",
      "rsvp_browser_launches_total",
      "rsvp_browser_crashes_total",
      "rsvp_open_pages",
      "rsvp_open_page_evictions_total",
      "rsvp_store_errors_total",
      "rsvp_store_fallbacks_total",
      "process_resident_memory_bytes",
    ]) {
      expect(families.get(name)?.type, name).toMatch(/GAUGE|COUNTER/);
    }
  });

  it("counts jobs by outcome, with the error code of a failure", async () => {
    const before = await scrape();
    const failed = { outcome: "failed", code: "upstream_changed" };
    const earlier = readSample(before, "rsvp_jobs_total", failed) ?? 0;

    recordTransition({
      from: "filling",
      to: "failed",
      ms: 2_000,
      errorCode: "upstream_changed",
    });
    recordTransition({
      from: "filling",
      to: "preview",
      ms: 1_500,
      errorCode: undefined,
    });
    const after = await scrape();

    expect(readSample(after, "rsvp_jobs_total", failed)).toBe(earlier + 1);
    expect(
      readSample(after, "rsvp_jobs_total", { outcome: "preview", code: "" }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("does not count a change that is not an outcome as a job", async () => {
    const before = await scrape();
    const total = (families: typeof before) =>
      (families.get("rsvp_jobs_total")?.metrics ?? []).reduce(
        (sum, metric) => sum + Number(metric.value),
        0,
      );

    recordTransition({
      from: "queued",
      to: "filling",
      ms: 10,
      errorCode: undefined,
    });

    expect(total(await scrape())).toBe(total(before));
  });

  it("keeps step durations as a histogram per phase and step", async () => {
    const step = "open the personal details step";
    toStepRecorder("fill")(step, 120);
    toStepRecorder("fill")(step, 3_000);
    const text = await getMetrics().registry.metrics();

    expect(parseMetrics(text).get("rsvp_step_duration_seconds")?.type).toBe(
      "HISTOGRAM",
    );
    // The parser merges labelled histogram series, so each is read here.
    const series = (suffix: string, le = "") =>
      new RegExp(
        `^rsvp_step_duration_seconds_${suffix}\\{${le}[^}]*phase="fill",` +
          `step="${step}"\\} (\\d+)$`,
        "m",
      );
    expect(text.match(series("count"))?.[1]).toBe("2");
    expect(text.match(series("bucket", 'le="0.25",'))?.[1]).toBe("1");
    expect(text.match(series("bucket", 'le="5",'))?.[1]).toBe("2");
  });

  it("labels every series with the dyno that served it", async () => {
    const families = await scrape();

    const labels = families.get("rsvp_queue_active")?.metrics[0]?.labels;
    expect(labels?.dyno).toEqual(expect.any(String));
  });
});
