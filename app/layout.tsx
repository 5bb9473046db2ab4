import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getEvent } from "@/lib/event/load-event";
import "./globals.css";
import "@/components/buttons.css";

/**
 * Titles and the social preview name the event. The event (EVENT_FILE)
 * and the configuration are read per request, never at build time, when
 * production settings such as SESSION_SECRET are not there.
 */
export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const event = getEvent();
  const title = `RSVP: ${event.name}`;

  return {
    metadataBase: await toOrigin(),
    title: { default: title, template: `%s · ${event.name}` },
    description:
      event.summary ??
      "Answer your invitation in a minute. We fill in the organiser's " +
        "registration form for you and send it only when you confirm.",
    openGraph: { title, siteName: event.name, type: "website" },
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#1a1d21" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0d0f" },
  ],
};

interface RootLayoutProps {
  children: ReactNode;
}

export default async function RootLayout({ children }: RootLayoutProps) {
  await connection();
  const event = getEvent();

  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="shell">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true" />
              <span className="brand-name">{event.name}</span>
            </Link>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="shell site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="shell">
            <p>
              We fill in the organiser&apos;s registration form with your
              answers and send it only when you confirm.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Where this page was asked for: social previews need absolute links. */
async function toOrigin(): Promise<URL | null> {
  const request = await headers();
  const host = request.get("x-forwarded-host") ?? request.get("host");
  const protocol = request.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  if (!host) return null;

  try {
    return new URL(`${protocol}://${host}`);
  } catch {
    return null;
  }
}
