import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WaitPanel } from "@/components/wait-panel";
import { toFormEntries } from "@/lib/rsvp/form-data";
import { readFormEcho } from "@/lib/rsvp/form-echo";

export const metadata: Metadata = {
  title: "Please try again in a moment",
  robots: { index: false, follow: false },
};

/**
 * Where a browser without JavaScript lands when its RSVP could not be
 * taken yet (busy, rate limited, restarting): what happened, and one
 * button that sends the same answers again.
 */
export default async function WaitPage() {
  const echo = await readFormEcho();
  if (echo?.reason !== "wait" || !echo.wait) redirect("/");

  return (
    <WaitPanel
      code={echo.wait.code}
      seconds={echo.wait.seconds}
      entries={toFormEntries(echo.answers)}
    />
  );
}
