"use client";

import { useEffect, useRef, type ReactNode } from "react";
import styles from "./rsvp-status.module.css";

export interface PanelHeadingProps {
  /**
   * Take focus when shown. Set after the attendee pressed a button that
   * this panel replaced, so their focus is not lost with the button.
   */
  shouldFocus: boolean;
  children: ReactNode;
}

export function PanelHeading({ shouldFocus, children }: PanelHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (shouldFocus) heading.current?.focus();
  }, [shouldFocus]);

  return (
    <h1 ref={heading} tabIndex={-1} className={styles.heading}>
      {children}
    </h1>
  );
}
