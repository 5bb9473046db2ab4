import Link from "next/link";
import styles from "./rsvp-status.module.css";

export interface WaitPanelProps {
  code: string;
  seconds: number;
  /** The answers as the form posts them, to send again as they were. */
  entries: [string, string][];
}

const reasons: Record<string, { title: string; detail: string }> = {
  busy: {
    title: "Lots of people are answering right now",
    detail: "We couldn't take your RSVP just yet.",
  },
  rate_limited: {
    title: "Lots of RSVPs came from your network just now",
    detail:
      "To keep things fair we take a limited number at a time from one " +
      "network, as at a conference.",
  },
  shutting_down: {
    title: "We're restarting a server",
    detail: "Your RSVP wasn't taken, and another server will take it.",
  },
};

const fallback = {
  title: "Something went wrong on our side",
  detail: "Your RSVP wasn't taken.",
};

export function WaitPanel({ code, seconds, entries }: WaitPanelProps) {
  const reason = reasons[code] ?? fallback;

  return (
    <section className={`${styles.panel} ${styles.narrow}`}>
      <h1 className={styles.heading}>{reason.title}</h1>
      <p className={styles.lead}>
        {reason.detail} Your answers are kept, and nothing was sent to the
        organiser.
      </p>
      <p>
        Please wait about {seconds} {seconds === 1 ? "second" : "seconds"}, then
        try again.
      </p>
      <form method="post" action="/rsvp" className={styles.actions}>
        {entries.map(([name, value], index) => (
          <input key={index} type="hidden" name={name} value={value} />
        ))}
        <div className="button-row">
          <button type="submit" className="button primary">
            Try again
          </button>
          <Link href="/#rsvp-notice" className="button secondary">
            Change my answers
          </Link>
        </div>
      </form>
    </section>
  );
}
