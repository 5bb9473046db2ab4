import { afterEach, describe, expect, it } from "vitest";
import { startDemoUpstream } from "./server";
import type { DemoUpstream } from "./server";

interface ErrorBody {
  code: string;
  message: string;
}

describe("the /__faults control", () => {
  let upstream: DemoUpstream | undefined;

  afterEach(() => upstream?.close());

  function postFaults(body: string) {
    return fetch(`${upstream?.url}/__faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    });
  }

  it("is not found unless the site allows fault control", async () => {
    upstream = await startDemoUpstream({ port: 0 });
    const response = await postFaults('{"hang":"all"}');

    expect(response.status).toBe(404);
    expect((await fetch(`${upstream.url}/__faults`)).status).toBe(404);
  });

  it("shows the faults the site started with", async () => {
    upstream = await startDemoUpstream({
      port: 0,
      allowFaultControl: true,
      faults: { latencyMs: 5 },
    });
    const response = await fetch(`${upstream.url}/__faults`);

    expect(await response.json()).toEqual({
      latencyMs: 5,
      errorRate: 0,
      hang: "off",
      renameField: null,
    });
  });

  it("changes faults at run time", async () => {
    upstream = await startDemoUpstream({ port: 0, allowFaultControl: true });
    const response = await postFaults(
      '{"errorRate":1,"renameField":"org_name"}',
    );
    const page = await fetch(`${upstream.url}/register/company`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      errorRate: 1,
      renameField: "org_name",
    });
    expect(page.status).toBe(503);
  });

  it("refuses a body that is not JSON", async () => {
    upstream = await startDemoUpstream({ port: 0, allowFaultControl: true });
    const response = await postFaults("hang=all");

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "invalid_json", message: "Body is not JSON" },
    });
  });

  it("refuses unknown keys and bad values, changing nothing", async () => {
    upstream = await startDemoUpstream({ port: 0, allowFaultControl: true });
    const unknown = await postFaults('{"hang":"all","speed":3}');
    const outOfRange = await postFaults('{"hang":"all","latencyMs":-5}');
    const faults = await fetch(`${upstream.url}/__faults`);

    const refusal = (await outOfRange.json()) as { error: ErrorBody };

    expect(unknown.status).toBe(400);
    expect(refusal.error.code).toBe("validation_failed");
    expect(refusal.error.message).toMatch(/^latencyMs must be/);
    expect(await faults.json()).toMatchObject({ hang: "off" });
  });
});
