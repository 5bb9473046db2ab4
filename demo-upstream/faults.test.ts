import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";
import { TestBrowser } from "./test-browser";
import {
  completeSteps,
  postStep,
  submitReview,
  validAnswers,
} from "./test-journey";

// Requests that should hang are given up on after this long.
const hangWaitMs = 300;

const timedOut = { name: "TimeoutError" };

describe("fault switches", () => {
  let upstream: DemoUpstream;
  let browser: TestBrowser;

  beforeEach(async () => {
    upstream = await startDemoUpstream({ port: 0 });
    browser = new TestBrowser(upstream.url);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await upstream.close();
  });

  it("delays every response by latencyMs", async () => {
    upstream.setFaults({ latencyMs: 200 });
    const started = performance.now();
    const page = await browser.get("/register/personal");

    expect(page.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("answers pages with 503 at errorRate 1", async () => {
    upstream.setFaults({ errorRate: 1 });
    const page = await browser.get("/register/personal");

    expect(page.status).toBe(503);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.text).toContain("<h1>Service temporarily unavailable</h1>");
  });

  it("spares the health check and registrations.json from errors", async () => {
    upstream.setFaults({ errorRate: 1 });

    expect((await browser.get("/healthz")).status).toBe(200);
    expect((await browser.get("/registrations.json")).status).toBe(200);
  });

  it("fails the share of requests errorRate asks for", async () => {
    upstream.setFaults({ errorRate: 0.5 });
    const random = vi.spyOn(Math, "random");

    random.mockReturnValueOnce(0.49);
    expect((await browser.get("/")).status).toBe(503);
    random.mockReturnValueOnce(0.5);
    expect((await browser.get("/")).status).toBe(200);
  });

  it("records nothing when a submit is answered with 503", async () => {
    await completeSteps(browser);
    upstream.setFaults({ errorRate: 1 });
    const review = await browser.get("/register/review");

    expect(review.status).toBe(503);
    expect(upstream.registrations()).toEqual([]);
  });

  it("never answers a page when hang is all", async () => {
    upstream.setFaults({ hang: "all" });

    await expect(
      browser.withDeadline(hangWaitMs).get("/"),
    ).rejects.toMatchObject(timedOut);
    expect((await browser.get("/healthz")).status).toBe(200);
  });

  it("never answers the final submit when hang is submit", async () => {
    await completeSteps(browser);
    upstream.setFaults({ hang: "submit" });

    await expect(
      submitReview(browser.withDeadline(hangWaitMs)),
    ).rejects.toMatchObject(timedOut);
    expect((await browser.get("/register/review")).status).toBe(200);
    expect(upstream.registrations()).toEqual([]);
  });

  it("never answers a step post when hang is steps", async () => {
    upstream.setFaults({ hang: "steps" });
    const page = await browser.get("/register/personal");

    expect(page.status).toBe(200);
    await expect(
      postStep(browser.withDeadline(hangWaitMs), {
        path: "/register/personal",
        form: validAnswers.personal,
      }),
    ).rejects.toMatchObject(timedOut);
  });

  it("cuts off hanging requests when closed", async () => {
    upstream.setFaults({ hang: "all" });
    const pending = browser.get("/");
    const outcome = pending.then(
      () => "answered",
      () => "cut off",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await upstream.close();

    expect(await outcome).toBe("cut off");
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("refuses fault values out of range", () => {
    expect(() => upstream.setFaults({ errorRate: 1.5 })).toThrow(
      "errorRate must be a number from 0 to 1",
    );
    expect(() => upstream.setFaults({ renameField: "nickname" })).toThrow(
      /renameField must be empty or one of/,
    );
  });
});
