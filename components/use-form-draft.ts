"use client";

import { useEffect, type RefObject } from "react";
import { restoreDraft, saveDraft } from "./form-draft";

/**
 * Restores the saved answers once the page's script runs (the server
 * cannot see this browser's storage). Answers the server sent back (a
 * refused form, "Edit answers") win over the draft and replace it.
 */
export function useFormDraft(
  form: RefObject<HTMLFormElement | null>,
  hasServerAnswers: boolean,
): void {
  useEffect(() => {
    if (!form.current) return;

    if (!hasServerAnswers) restoreDraft(form.current);
    saveDraft(form.current);
  }, [form, hasServerAnswers]);
}
