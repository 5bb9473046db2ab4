import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "RSVP not found",
  robots: { index: false, follow: false },
};

/** Unknown, long expired, or started in another browser: never which. */
export default function RsvpNotFound() {
  return (
    <section className="message-panel">
      <h1>We can&apos;t find this RSVP</h1>
      <p>
        It may have expired, or it was started in another browser or another
        private window. Nothing is lost: you can answer again.
      </p>
      <Link href="/" className="button primary">
        Answer the invitation
      </Link>
    </section>
  );
}
