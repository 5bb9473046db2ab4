import { getLogger } from "../log";
import { ApiError } from "./api-error";

const noStore = { "cache-control": "no-store" };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
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

  return Response.json(body, { status: error.status, headers });
}
