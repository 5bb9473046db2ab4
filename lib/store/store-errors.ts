/**
 * The remote answered, but with data that is not ours (a corrupt record,
 * a reply of the wrong shape). Not an outage: falling back to memory
 * would not help, so the resilient store lets it through.
 */
export class StoreDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreDataError";
  }
}

/**
 * A store error as a short, safe line for the log. Some clients put the
 * whole command in their messages (Upstash's does), and a command can
 * carry an RSVP record with an attendee's name and e-mail: keep only the
 * error's name and the part of the message before any command.
 */
export function describeStoreError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";

  const [message = ""] = error.message.split(/, command was|\n/);
  const reason = message.length > 160 ? `${message.slice(0, 160)}…` : message;

  return `${error.name}: ${reason}`;
}
