import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Any address this service does not know. */
export default function NotFound() {
  return (
    <section className="message-panel">
      <h1>We can&apos;t find that page</h1>
      <p>
        The link may be mistyped or out of date. The invitation and its RSVP
        form are one tap away.
      </p>
      <Link href="/" className="button primary">
        Go to the invitation
      </Link>
    </section>
  );
}
