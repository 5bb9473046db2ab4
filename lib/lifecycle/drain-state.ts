import { ApiError } from "../http/api-error";
import { getSingleton } from "../singleton";

interface DrainState {
  isDraining: boolean;
  sinceMs: number;
}

/** Whether this instance is shutting down, shared by every route bundle. */
export function getDrainState(): DrainState {
  return getSingleton<DrainState>("drain-state", () => ({
    isDraining: false,
    sinceMs: 0,
  }));
}

export function startDraining(): void {
  const state = getDrainState();
  state.isDraining = true;
  state.sinceMs = Date.now();
}

/**
 * Refuses new work while draining. The attendee's page retries after
 * Retry-After, and Heroku's router sends the retry to a live dyno.
 */
export function assertNotDraining(): void {
  if (!getDrainState().isDraining) return;

  throw new ApiError(
    "shutting_down",
    "This server is restarting; please try again in a moment",
    { retryAfterSeconds: 3 },
  );
}
