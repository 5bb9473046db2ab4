import { ApiError } from "./api-error";

export const maxBodyBytes = 16 * 1024;

/**
 * Reads a JSON body under API.md's rules: application/json only, at most
 * 16 KiB (counted while streaming, so a lying Content-Length cannot get a
 * larger body in), and real JSON.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  assertJsonMediaType(request.headers.get("content-type"));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBodyBytes) throw tooLarge();

  const text = await readLimitedText(request);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON");
  }
}

function assertJsonMediaType(contentType: string | null): void {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new ApiError(
      "unsupported_media_type",
      "Send the body as application/json",
    );
  }
}

async function readLimitedText(request: Request): Promise<string> {
  if (!request.body) return "";

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }

  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

function tooLarge(): ApiError {
  return new ApiError("payload_too_large", "The body is over 16 KiB");
}
