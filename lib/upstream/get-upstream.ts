import type { Config } from "../config";
import { getLogger } from "../log";
import type { FormMap } from "./form-map-schema";
import { getAllowedOrigins, loadFormMap } from "./load-form-map";

export interface Upstream {
  map: FormMap;
  baseUrl: string;
  allowedOrigins: string[];
  /** Stops the bundled demo site, when this process started it. */
  close(): Promise<void>;
}

/**
 * The third-party site and its form map. UPSTREAM_BASE_URL wins over the
 * map's base URL; with the bundled map and neither set, the bundled demo
 * site is started on a free loopback port so the service runs alone.
 */
export async function startUpstream(config: Config): Promise<Upstream> {
  const map = loadFormMap(config.formMapPath);
  const configured = config.upstreamBaseUrl ?? map.baseUrl;
  if (configured) {
    return upstreamAt(map, configured, () => Promise.resolve());
  }
  if (config.formMapPath) {
    throw new Error(
      "UPSTREAM_BASE_URL: required when the form map has no baseUrl",
    );
  }

  const { startDemoUpstream } = await import("../../demo-upstream/server");
  const demo = await startDemoUpstream({ port: 0 });
  getLogger().warn(
    { baseUrl: demo.url },
    "no third-party site configured: started the bundled demo site",
  );

  return upstreamAt(map, demo.url, () => demo.close());
}

function upstreamAt(
  map: FormMap,
  baseUrl: string,
  close: () => Promise<void>,
): Upstream {
  return {
    map,
    baseUrl,
    allowedOrigins: getAllowedOrigins(map, baseUrl),
    close,
  };
}
