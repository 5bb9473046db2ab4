import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The Node.js flags the Procfile's web process starts the server with,
 * ahead of any NODE_OPTIONS the operator sets, so that "ours" is measured
 * as it ships.
 */
export function readShippedNodeOptions(root: string): string {
  const procfile = readFileSync(join(root, "Procfile"), "utf8");
  const web = procfile.split("\n").find((line) => line.startsWith("web:"));
  if (!web) throw new Error(`${join(root, "Procfile")} has no web process`);

  return toOwnNodeOptions(web);
}

/**
 * The flags a start command sets in NODE_OPTIONS="…", without the shell
 * expansion that appends the operator's own.
 */
export function toOwnNodeOptions(command: string): string {
  const assigned = /\bNODE_OPTIONS="([^"]*)"/.exec(command)?.[1] ?? "";

  return assigned
    .split(/\s+/)
    .filter((token) => token !== "" && !token.startsWith("$"))
    .join(" ");
}
