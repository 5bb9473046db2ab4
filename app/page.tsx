import type { Metadata } from "next";
import { EventDetails } from "@/components/event-details";
import { toEventView } from "@/components/event-view";
import { ResumeNotice } from "@/components/resume-notice";
import { RsvpForm } from "@/components/rsvp-form";
import { getEvent } from "@/lib/event/load-event";

interface InvitationPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata(): Metadata {
  const event = getEvent();

  return {
    title: `RSVP: ${event.name}`,
    description: event.summary,
  };
}

/**
 * The invitation and its form. It renders per request, so an event file
 * named at run time (EVENT_FILE) is the one shown.
 */
export default async function InvitationPage({
  searchParams,
}: InvitationPageProps) {
  const { edit } = await searchParams;
  const event = toEventView(getEvent());

  return (
    <>
      <ResumeNotice />
      <div className="invitation-layout">
        <EventDetails event={event} />
        <RsvpForm event={event} isEditing={edit === "1"} />
      </div>
    </>
  );
}
