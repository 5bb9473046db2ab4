import { randomUUID } from "node:crypto";
import { runWithRequestId } from "../log";
import { toErrorResponse } from "./respond";

type Handler<C> = (
  request: Request,
  context: C,
) => Response | Promise<Response>;

/**
 * Wraps a route handler so that whatever it throws is answered in API.md's
 * error shape, and nothing else (no stack, no path) ever leaves. Every
 * line logged while it runs carries the request id, which the answer
 * echoes in X-Request-Id.
 */
export function withRoute<C>(
  name: string,
  handler: Handler<C>,
): (request: Request, context: C) => Promise<Response> {
  return (request, context) => {
    const requestId = toRequestId(request.headers.get("x-request-id"));

    return runWithRequestId(requestId, async () => {
      let response: Response;
      try {
        response = await handler(request, context);
      } catch (error) {
        response = toErrorResponse(error, name);
      }

      return withRequestIdHeader(response, requestId);
    });
  };
}

/**
 * Heroku's router sets X-Request-Id (a UUID); a client may send anything,
 * so only a short id of safe characters is kept, else a new one is made.
 */
export function toRequestId(given: string | null): string {
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : randomUUID();
}

function withRequestIdHeader(response: Response, requestId: string) {
  try {
    response.headers.set("x-request-id", requestId);
    return response;
  } catch {
    // A Response whose headers are immutable (say, from fetch) is copied.
    const copy = new Response(response.body, response);
    copy.headers.set("x-request-id", requestId);
    return copy;
  }
}
