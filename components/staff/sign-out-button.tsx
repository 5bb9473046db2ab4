"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Ends the staff sign-in; attendee RSVPs of this browser stay its own. */
export function SignOutButton() {
  const router = useRouter();
  const [isPending, setPending] = useState(false);

  const signOut = async () => {
    setPending(true);
    await fetch("/api/staff/logout", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    }).catch(() => undefined);
    setPending(false);
    router.refresh();
  };

  return (
    <button
      type="button"
      className="button secondary"
      disabled={isPending}
      onClick={() => void signOut()}
    >
      Sign out
    </button>
  );
}
