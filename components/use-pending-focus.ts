"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Focuses an element as soon as it is on the page. The error summary
 * appears a render after the messages are set, so focusing at once
 * would find nothing.
 */
export function usePendingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const isPending = useRef(false);
  const [, setRequests] = useState(0);

  useEffect(() => {
    if (!isPending.current || !ref.current) return;

    isPending.current = false;
    ref.current.focus();
  });

  const request = useCallback(() => {
    isPending.current = true;
    setRequests((count) => count + 1);
  }, []);

  return { ref, request };
}
