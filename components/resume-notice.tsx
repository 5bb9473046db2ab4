"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { RsvpStatus } from "@/lib/rsvp/status";
import {
  forgetCurrentRsvp,
  isWorthResuming,
  readCurrentRsvp,
} from "./current-rsvp";
import { getRsvpStatus } from "./rsvp-api";
import styles from "./rsvp-form.module.css";

interface OpenRsvp {
  id: string;
  status: RsvpStatus;
}

/** Points a returning attendee to the RSVP they already started. */
export function ResumeNotice() {
  const [open, setOpen] = useState<OpenRsvp | null>(null);

  useEffect(() => {
    const id = readCurrentRsvp();
    if (!id) return;

    let isCurrent = true;
    void getRsvpStatus(id).then((result) => {
      if (!isCurrent || result.kind === "failed") return;
      if (result.kind === "missing" || !isWorthResuming(result.view.status)) {
        forgetCurrentRsvp(id);
        return;
      }
      setOpen({ id, status: result.view.status });
    });

    return () => {
      isCurrent = false;
    };
  }, []);

  if (!open) return null;

  const isConfirmed = open.status === "confirmed";
  return (
    <p role="status" className={styles.resume}>
      {isConfirmed
        ? "You're already registered for this event. "
        : "You have an RSVP that isn't finished yet. "}
      <Link href={`/rsvp/${encodeURIComponent(open.id)}`}>
        {isConfirmed ? "See your confirmation" : "Continue where you left off"}
      </Link>
    </p>
  );
}
