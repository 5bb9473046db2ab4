import { getLogger } from "../log";
import { ApiError } from "./api-error";

const noStore = { "cache-control": "no-store" };

export function json(body: unknown, status = 200): Response {
  return toJsonResponse(body, status, noStore);
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
  const headers: Record<string, string> = { ...noStore };
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
 * With its length known, a small answer (a status poll, health) skips
 * Next.js's gzip, whose threshold only a declared length can meet: every
 * gzip stream costs a fresh zlib context, and under load those were a
 * tenth of the web server's CPU for bodies of a few hundred bytes.
 */
function toJsonResponse(
  body: unknown,
  status: number,
  headers: Record<string, string>,
): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body));

  return new Response(bytes, {
    status,
    headers: {
      ...headers,
      "content-type": "application/json; charset=utf-8",
      "content-length": String(bytes.byteLength),
    },
  });
}
