/**
 * The address of the client, as the proxy in front of us saw it. Heroku's
 * router appends the connecting address to X-Forwarded-For, so the last
 * entry is the one it vouches for; earlier entries are whatever the client
 * sent and can be forged.
 */
export function getClientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();

  return last || "direct";
}
