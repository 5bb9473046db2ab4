import { ApiError } from "../http/api-error";
import { getConfig } from "../config";
import { isSameSecret } from "../staff/same-secret";
import { getMetrics } from "./registry";

/**
 * The Prometheus text of this instance, for a bearer of METRICS_TOKEN.
 * Without a token configured the endpoint does not exist.
 */
export async function readMetrics(
  authorization: string | null,
): Promise<{ text: string; contentType: string }> {
  const { metricsToken } = getConfig();
  if (!metricsToken) throw new ApiError("not_found", "Not found");

  const given = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? "";
  if (!isSameSecret(given, metricsToken)) {
    throw new ApiError("unauthorized", "Send Authorization: Bearer <token>");
  }

  const { registry } = getMetrics();
  return { text: await registry.metrics(), contentType: registry.contentType };
}
