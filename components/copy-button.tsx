"use client";

import { useRef, useState } from "react";
import styles from "./rsvp-status.module.css";

export interface CopyButtonProps {
  text: string;
  label: string;
}

type CopyResult = "idle" | "copied" | "failed";

/**
 * Hidden without JavaScript (the number itself selects in one tap then).
 * Copies with the Clipboard API, which needs a secure context and
 * permission; an older path through a hidden text area covers the rest.
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [result, setResult] = useState<CopyResult>("idle");

  async function copy() {
    const isCopied = await copyText(text);
    button.current?.focus();
    setResult(isCopied ? "copied" : "failed");
  }

  return (
    <div className={`${styles.copy} needs-script`}>
      <button
        ref={button}
        type="button"
        className="button secondary"
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span role="status" className={styles.copyResult}>
        {result === "copied" && "Copied"}
        {result === "failed" &&
          "Couldn't copy. Select the number and copy it yourself."}
      </span>
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyThroughSelection(text);
  }
}

function copyThroughSelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
