import type { Metadata } from "next";
import { toEventView } from "@/components/event-view";
import { RsvpStatus } from "@/components/rsvp-status";
import { getEvent } from "@/lib/event/load-event";

interface RsvpPageProps {
  params: Promise<{ id: string }>;
}

export function generateMetadata(): Metadata {
  return {
    title: `Your RSVP: ${getEvent().name}`,
    // Each page belongs to one attendee's browser; nothing to index.
    robots: { index: false, follow: false },
  };
}

/**
 * The shell of one RSVP's page. The status itself is read by the browser,
 * which holds the cookie that proves it owns this RSVP.
 */
export default async function RsvpPage({ params }: RsvpPageProps) {
  const { id } = await params;

  return <RsvpStatus id={id} event={toEventView(getEvent())} />;
}
