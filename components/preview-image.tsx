"use client";

import { useState } from "react";
import styles from "./rsvp-status.module.css";

export interface PreviewImageProps {
  src: string;
  answersId: string;
}

/**
 * The screenshot of the filled form. It is private to this browser's
 * cookie, so it is loaded as is: the image optimiser fetches without the
 * attendee's cookies and could not read it.
 */
export function PreviewImage({ src, answersId }: PreviewImageProps) {
  const [loading, setLoading] = useState<"pending" | "done" | "failed">(
    "pending",
  );

  if (loading === "failed") {
    return (
      <p className={styles.imageMissing}>
        We couldn&apos;t load the screenshot. Your answers are listed here, and
        you can still confirm or change them.
      </p>
    );
  }

  return (
    <figure className={styles.figure}>
      {loading === "pending" && (
        <p className={styles.imageLoading}>Loading the screenshot…</p>
      )}
      {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
      <img
        src={src}
        alt="The organiser's registration form, filled in with your answers"
        aria-describedby={answersId}
        className={styles.screenshot}
        onLoad={() => setLoading("done")}
        onError={() => setLoading("failed")}
      />
      <figcaption className={styles.caption}>
        <a href={src} target="_blank" rel="noopener" className={styles.zoom}>
          Open the screenshot full size
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </figcaption>
    </figure>
  );
}
