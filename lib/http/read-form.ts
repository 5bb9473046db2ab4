import { ApiError } from "./api-error";
import { maxBodyBytes } from "./read-json";

/**
 * Reads an urlencoded body under the API's limits: that media type only,
 * at most 16 KiB, counted while streaming.
 */
export async function readFormBody(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim();
  if (type?.toLowerCase() !== "application/x-www-form-urlencoded") {
    throw new ApiError(
      "unsupported_media_type",
      "Send the form as application/x-www-form-urlencoded",
    );
  }

  return new URLSearchParams(await readLimitedText(request));
}

async function readLimitedText(request: Request): Promise<string> {
  if (!request.body) return "";

  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8");
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      throw new ApiError("payload_too_large", "The body is over 16 KiB");
    }
    text += decoder.decode(value, { stream: true });
  }

  return text + decoder.decode();
}
