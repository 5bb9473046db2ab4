import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";
import "@/components/buttons.css";

export const metadata: Metadata = {
  title: { default: "RSVP", template: "%s" },
  description:
    "Answer your invitation in a minute. We fill in the organiser's " +
    "registration form for you and send it only when you confirm.",
};

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

export default function RootLayout({ children }: RootLayoutProps) {
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
              Event RSVP
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
