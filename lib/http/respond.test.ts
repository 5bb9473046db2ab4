import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { json, toErrorResponse } from "./respond";

describe("json", () => {
  it("keeps a small answer from being gzipped and gives its length", async () => {
    const response = json({ status: "queued", position: 3 });
    const text = await response.text();

    expect(response.headers.get("cache-control")).toBe(
      "no-store, no-transform",
    );
    expect(response.headers.get("content-length")).toBe(
      String(Buffer.byteLength(text)),
    );
    expect(JSON.parse(text)).toEqual({ status: "queued", position: 3 });
  });

  it("leaves a large answer to be compressed", async () => {
    const items = Array.from({ length: 300 }, (_, index) => ({ id: index }));
    const response = json({ items });

    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(JSON.parse(await response.text())).toEqual({ items });
  });

  it("counts multi-byte characters in the length", async () => {
    const response = json({ name: "张伟" }, 201);
    const bytes = new Uint8Array(await response.arrayBuffer());

    expect(response.status).toBe(201);
    expect(response.headers.get("content-length")).toBe(
      String(bytes.byteLength),
    );
    expect(bytes.byteLength).toBe(Buffer.byteLength('{"name":"张伟"}'));
  });
});

describe("toErrorResponse", () => {
  it("answers API.md's error shape with Retry-After", async () => {
    const error = new ApiError("busy", "Too many people", {
      retryAfterSeconds: 4.2,
    });
    const response = toErrorResponse(error, "test");

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: { code: "busy", message: "Too many people" },
    });
  });
});
