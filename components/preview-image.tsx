"use client";

import { useCallback, useState } from "react";
import styles from "./rsvp-status.module.css";

export interface PreviewImageProps {
  src: string;
  /** The list of answers that describes the image in words. */
  answersId: string;
}

/**
 * The screenshot of the filled form. It is private to this browser's
 * cookie, so it is loaded as is: the image optimiser fetches without the
 * attendee's cookies and could not read it. On a phone it can be zoomed
 * in place (the frame scrolls, never the page) or opened full size.
 */
export function PreviewImage({ src, answersId }: PreviewImageProps) {
  const [isBroken, setIsBroken] = useState(false);
  const [isZoomed, setIsZoomed] = useState(false);

  // An image that failed before the script ran fired its error unheard.
  const image = useCallback((node: HTMLImageElement | null) => {
    if (node?.complete && node.naturalWidth === 0) setIsBroken(true);
  }, []);

  if (isBroken) {
    return (
      <p className={styles.imageMissing}>
        We couldn&apos;t load the screenshot. Your answers are listed here, and
        you can still confirm or change them.
      </p>
    );
  }

  return (
    <figure className={styles.figure}>
      <div
        className={isZoomed ? `${styles.frame} ${styles.zoomed}` : styles.frame}
        tabIndex={isZoomed ? 0 : undefined}
        role={isZoomed ? "region" : undefined}
        aria-label={
          isZoomed ? "Zoomed screenshot: scroll to see all of it" : undefined
        }
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
        <img
          ref={image}
          src={src}
          alt="The organiser's registration form, filled in with your answers"
          aria-describedby={answersId}
          className={styles.screenshot}
          onError={() => setIsBroken(true)}
        />
      </div>
      <figcaption className={styles.caption}>
        <button
          type="button"
          aria-pressed={isZoomed}
          onClick={() => setIsZoomed((zoomed) => !zoomed)}
          className={`button secondary needs-script ${styles.zoomButton}`}
        >
          {isZoomed ? "Zoom out" : "Zoom in"}
        </button>
        <a href={src} target="_blank" rel="noopener" className={styles.zoom}>
          Open the screenshot full size
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </figcaption>
    </figure>
  );
}
