import { getLogger } from "../log";
import { ApiError } from "./api-error";

export function json(body: unknown, status = 200): Response {
  return toJsonResponse(body, status);
}

/**
 * Renders any thrown value as API.md's error shape. Unknown errors answer
 * a generic 500; their detail goes to the log only, never to the client.
 */
export function toErrorResponse(error: unknown, route: string): Response {
  if (!(error instanceof ApiError)) {
    getLogger().error({ route, err: error }, "unexpected error");
    return errorBody(new ApiError("internal_error", "Something went wrong"));
  }

  const level = error.status >= 500 ? "warn" : "info";
  getLogger()[level]({ route, code: error.code }, "request refused");

  return errorBody(error);
}

function errorBody(error: ApiError): Response {
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) {
    headers["retry-after"] = String(Math.ceil(error.retryAfterSeconds));
  }
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  };

  return toJsonResponse(body, error.status, headers);
}

/**
 * Next.js gzips every answer it cannot see the length of, and it streams
 * route handlers' bodies, so it never sees one. A gzip stream costs a
 * fresh zlib context: for the few hundred bytes of a status poll or a
 * health check, under load, that was a twentieth of the web server's CPU
 * and saved nothing on the wire. Small answers say no-transform, which
 * Next's compression honours; large ones (a staff listing) are still
 * compressed.
 */
const compressFromBytes = 1_024;

function toJsonResponse(
  body: unknown,
  status: number,
  headers: Record<string, string> = {},
): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body));

  return new Response(bytes, {
    status,
    headers: {
      ...headers,
      "cache-control":
        bytes.byteLength < compressFromBytes
          ? "no-store, no-transform"
          : "no-store",
      "content-type": "application/json; charset=utf-8",
      "content-length": String(bytes.byteLength),
    },
  });
}
