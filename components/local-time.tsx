"use client";

import { useIsHydrated } from "./use-hydrated";
import styles from "./event-details.module.css";

export interface LocalTimeProps {
  startsAt: string;
  endsAt: string;
  /** The event's own zone: no need to repeat its times in it. */
  eventTimeZone: string;
}

/**
 * The event's start and end in the attendee's own time zone, which only
 * their browser knows. Its line is kept free until then, so nothing below
 * it moves when it appears.
 */
export function LocalTime({ startsAt, endsAt, eventTimeZone }: LocalTimeProps) {
  const isHydrated = useIsHydrated();
  if (!isHydrated) return <span className={styles.localTime} />;

  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone === eventTimeZone) {
    return (
      <span className={styles.localTime}>That&apos;s your time zone too.</span>
    );
  }

  const format = new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
  const zoneName = toZoneName(new Date(startsAt));

  return (
    <span className={styles.localTime}>
      Your time ({zoneName}): starts {format.format(new Date(startsAt))}, ends{" "}
      {format.format(new Date(endsAt))}
    </span>
  );
}

function toZoneName(at: Date): string {
  const parts = new Intl.DateTimeFormat(undefined, {
    timeZoneName: "short",
  }).formatToParts(at);

  return parts.find((part) => part.type === "timeZoneName")?.value ?? "";
}
