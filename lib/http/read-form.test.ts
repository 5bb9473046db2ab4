import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { readFormBody } from "./read-form";

function toPost(body: string, type = "application/x-www-form-urlencoded") {
  return new Request("http://localhost/rsvp", {
    method: "POST",
    headers: { "content-type": type },
    body,
  });
}

describe("readFormBody", () => {
  it("reads an urlencoded body", async () => {
    const form = await readFormBody(toPost("firstName=Zo%C3%AB&consent=yes"));

    expect(form.get("firstName")).toBe("Zoë");
  });

  it("refuses another media type", async () => {
    await expect(
      readFormBody(toPost("{}", "application/json")),
    ).rejects.toMatchObject({ code: "unsupported_media_type" });
  });

  it("refuses a body over 16 KiB", async () => {
    const error: unknown = await readFormBody(
      toPost(`notes=${"x".repeat(17 * 1024)}`),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "payload_too_large" });
  });
});
