import { ApiError } from "./api-error";
import { withRoute } from "./with-route";

/**
 * For the methods a route does not take: Next.js would answer 405 with an
 * empty body; API.md wants every error in its shape.
 */
export const methodNotAllowed = withRoute("method not allowed", () => {
  throw new ApiError("method_not_allowed", "This method is not allowed here");
});
