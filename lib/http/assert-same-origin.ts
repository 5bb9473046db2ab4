import { ApiError } from "./api-error";

/**
 * Refuses a state-changing request that a browser sent from another site:
 * an Origin that is not ours, or Sec-Fetch-Site "cross-site". Either header
 * alone is enough. A request with neither comes from a non-browser client,
 * which carries no ambient cookie risk, and is allowed.
 */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") throw crossSite();

  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (origin === "null" || !isOwnOrigin(origin, request)) throw crossSite();
}

function isOwnOrigin(origin: string, request: Request): boolean {
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === (host ?? new URL(request.url).host);
  } catch {
    return false;
  }
}

function crossSite(): ApiError {
  return new ApiError("forbidden", "Cross-site requests are not allowed");
}
