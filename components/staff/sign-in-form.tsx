"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import styles from "./staff.module.css";

const messages: Record<number, string> = {
  400: "Enter the staff password.",
  401: "That password is not right.",
  429: "Too many attempts from your network. Wait a minute, then try again.",
};

/** Posts the staff password as JSON; on success the page reloads its data. */
export function SignInForm() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = input.current?.value ?? "";
    setPending(true);
    const status = await postPassword(password);
    setPending(false);
    if (status === 200) {
      router.refresh();
      return;
    }

    setError(messages[status] ?? "Signing in failed. Please try again.");
    input.current?.focus();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className={styles.field}>
        <label htmlFor="staff-password" className={styles.label}>
          Staff password
        </label>
        {error && (
          <p id="staff-password-error" role="alert" className={styles.error}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
          ref={input}
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "staff-password-error" : undefined}
          className={styles.control}
        />
      </div>
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button primary" disabled={isPending}>
          {isPending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}

async function postPassword(password: string): Promise<number> {
  try {
    const response = await fetch("/api/staff/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ password }),
    });
    return response.status;
  } catch {
    return 0;
  }
}
