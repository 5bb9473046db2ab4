import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { toEventView } from "@/components/event-view";
import { NoScriptRefresh } from "@/components/no-script-refresh";
import { RsvpStatus } from "@/components/rsvp-status";
import { getEvent } from "@/lib/event/load-event";
import { getOwnRsvpStatus } from "@/lib/rsvp/form-flow";

export const metadata: Metadata = {
  title: "Your RSVP",
  // Each page belongs to one attendee's browser; nothing to index.
  robots: { index: false, follow: false },
};

interface RsvpPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * One RSVP, rendered where it stands for the browser whose cookie owns
 * it: after a reload, after closing the tab, or without JavaScript.
 */
export default async function RsvpPage({
  params,
  searchParams,
}: RsvpPageProps) {
  const { id } = await params;
  const own = await getOwnRsvpStatus(id);
  if (!own) notFound();

  const { updates } = await searchParams;

  return (
    <>
      <NoScriptRefresh
        id={id}
        status={own.view.status}
        isPaused={updates === "off"}
      />
      <RsvpStatus
        initial={own.view}
        event={toEventView(getEvent())}
        renderedAt={own.readAt}
      />
    </>
  );
}
