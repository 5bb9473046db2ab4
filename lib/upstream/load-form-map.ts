import { readFileSync } from "node:fs";
import demoMap from "./maps/demo-summit.json";
import { formMapSchema, type FormMap } from "./form-map-schema";

/**
 * Reads and validates a form map: the file at `path`, or the bundled map
 * of the demo site. A broken map stops start-up with every problem named.
 */
export function loadFormMap(path: string | undefined): FormMap {
  const raw: unknown = path ? readJson(path) : demoMap;

  return parseFormMap(raw, path ?? "the bundled demo form map");
}

export function parseFormMap(raw: unknown, source: string): FormMap {
  const parsed = formMapSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new Error(
      `UPSTREAM_FORM_MAP: ${source} is not a valid form map:\n` +
        problems.join("\n"),
    );
  }

  return parsed.data;
}

/** Origins the browser may load: the base URL's and the map's extras. */
export function getAllowedOrigins(map: FormMap, baseUrl: string): string[] {
  return [
    ...new Set([
      new URL(baseUrl).origin,
      ...map.allowedOrigins.map((url) => new URL(url).origin),
    ]),
  ];
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `UPSTREAM_FORM_MAP: cannot read ${path} as JSON: ${reason}`,
    );
  }
}
