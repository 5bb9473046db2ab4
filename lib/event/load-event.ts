import { readFileSync } from "node:fs";
import { getConfig } from "../config";
import { getSingleton } from "../singleton";
import defaultEvent from "./default-event.json";
import { eventSchema, type RsvpEvent } from "./schema";

/**
 * The event the invitation is for: the bundled partner summit, or the JSON
 * file named by EVENT_FILE. Read and validated once per process.
 */
export function getEvent(): RsvpEvent {
  return getSingleton("event", () => loadEvent(getConfig().eventFile));
}

export function loadEvent(file: string | undefined): RsvpEvent {
  const raw: unknown = file ? readJson(file) : defaultEvent;
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) {
    const where = file ?? "the bundled event";
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new Error(
      `EVENT_FILE: ${where} is not valid: ${problems.join("; ")}`,
    );
  }

  return parsed.data;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`EVENT_FILE: cannot read ${file} as JSON: ${reason}`);
  }
}
