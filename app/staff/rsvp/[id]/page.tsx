import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RsvpDetailView } from "@/components/staff/rsvp-detail-view";
import { toEventView } from "@/components/event-view";
import { getEvent } from "@/lib/event/load-event";
import { isStaff } from "@/lib/http/owner-session";
import { isStaffAreaEnabled } from "@/lib/staff/access";
import { getRsvpDetail } from "@/lib/staff/overview";

// Whether the staff area exists is read from the environment at run time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "RSVP details: Staff",
  robots: { index: false, follow: false },
};

interface StaffRsvpPageProps {
  params: Promise<{ id: string }>;
}

/** One RSVP for staff: its preview, the answers sent, its timeline. */
export default async function StaffRsvpPage({ params }: StaffRsvpPageProps) {
  if (!isStaffAreaEnabled()) notFound();
  if (!(await isStaff())) redirect("/staff");

  const { id } = await params;
  const detail = await getRsvpDetail(id);
  if (!detail) notFound();

  const event = getEvent();

  return (
    <RsvpDetailView
      {...detail}
      event={toEventView(event)}
      timeZone={event.timezone}
    />
  );
}
