import { randomInt } from "node:crypto";
import type { MealCode, RsvpResponse, TrackId } from "./event-options";

/** What an attendee sent, as the site lists it in /registrations.json. */
export interface RegistrationDetails {
  email: string;
  firstName: string;
  lastName: string;
  /** Dialling code and number, e.g. "+44 20 7946 0000". */
  phone: string | null;
  company: string;
  jobTitle: string | null;
  /** The country's name as the drop-down shows it. */
  country: string;
  attendance: RsvpResponse;
  guests: number;
  sessions: TrackId[];
  dietary: MealCode;
  dietaryNotes: string | null;
  consent: boolean;
  marketingOptIn: boolean;
}

export type RefusalReason = "duplicate_email";

/** One final submission the site received, accepted or refused. */
export type DemoRegistration = (
  | { accepted: true; confirmationNumber: string }
  | { accepted: false; reason: RefusalReason }
) &
  RegistrationDetails & { receivedAt: string };

// No 0/O or 1/I, which attendees misread when they copy the code.
const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const codeLength = 6;

/** Every final submission, in the order it arrived. */
export class RegistrationLog {
  private readonly entries: DemoRegistration[] = [];
  private readonly acceptedEmails = new Set<string>();
  private readonly issuedCodes = new Set<string>();

  /**
   * Accepts a registration, or refuses it when its e-mail address was
   * accepted before; both outcomes are recorded.
   */
  submit(details: RegistrationDetails): DemoRegistration {
    const emailKey = details.email.trim().toLowerCase();
    const receivedAt = new Date().toISOString();
    const entry: DemoRegistration = this.acceptedEmails.has(emailKey)
      ? { accepted: false, reason: "duplicate_email", ...details, receivedAt }
      : {
          accepted: true,
          confirmationNumber: this.createCode(),
          ...details,
          receivedAt,
        };

    if (entry.accepted) this.acceptedEmails.add(emailKey);
    this.entries.push(entry);

    return structuredClone(entry);
  }

  /** A copy of every submission, oldest first. */
  list(): DemoRegistration[] {
    return structuredClone(this.entries);
  }

  private createCode(): string {
    for (;;) {
      const code = `HPS27-${createRandomText(codeLength)}`;
      if (this.issuedCodes.has(code)) continue;

      this.issuedCodes.add(code);

      return code;
    }
  }
}

function createRandomText(length: number): string {
  return Array.from(
    { length },
    () => codeAlphabet[randomInt(codeAlphabet.length)],
  ).join("");
}
