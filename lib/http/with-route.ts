import { toErrorResponse } from "./respond";

type Handler<C> = (
  request: Request,
  context: C,
) => Response | Promise<Response>;

/**
 * Wraps a route handler so that whatever it throws is answered in API.md's
 * error shape, and nothing else (no stack, no path) ever leaves.
 */
export function withRoute<C>(
  name: string,
  handler: Handler<C>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error, name);
    }
  };
}
