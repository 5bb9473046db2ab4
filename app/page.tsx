import type { Metadata } from "next";
import { EventDetails } from "@/components/event-details";
import { toEventView } from "@/components/event-view";
import { ResumeNotice } from "@/components/resume-notice";
import { RsvpForm } from "@/components/rsvp-form";
import { toFieldErrors } from "@/components/rsvp-labels";
import { getEvent } from "@/lib/event/load-event";
import { emptyAnswers } from "@/lib/rsvp/form-data";
import { readFormEcho } from "@/lib/rsvp/form-echo";
import { findResumableRsvp } from "@/lib/rsvp/form-flow";

/** A refused form says so in the title: the first thing a reader hears. */
export async function generateMetadata(): Promise<Metadata> {
  const echo = await readFormEcho();
  const hasErrors = Object.keys(echo?.fields ?? {}).length > 0;

  return hasErrors ? { title: "Error: check your answers" } : {};
}

/**
 * The invitation and its form, rendered per request: the event named at
 * run time (EVENT_FILE), answers the server sent back, and the RSVP this
 * browser already started are all in the HTML.
 */
export default async function InvitationPage() {
  const event = toEventView(getEvent());
  const [echo, resumable] = await Promise.all([
    readFormEcho(),
    findResumableRsvp(),
  ]);

  return (
    <>
      {resumable && <ResumeNotice rsvp={resumable} />}
      <div className="invitation-layout">
        <EventDetails event={event} />
        <RsvpForm
          event={event}
          answers={echo?.answers ?? emptyAnswers}
          errors={toFieldErrors(echo?.fields)}
          reason={echo?.reason ?? null}
        />
      </div>
    </>
  );
}
