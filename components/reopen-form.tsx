export interface ReopenFormProps {
  id: string;
  label: string;
  isPrimary?: boolean;
}

/**
 * A button that takes the RSVP's answers back into the invitation's form
 * (the server puts them there), with or without JavaScript.
 */
export function ReopenForm({ id, label, isPrimary = true }: ReopenFormProps) {
  return (
    <form method="post" action={`/rsvp/${encodeURIComponent(id)}/edit`}>
      <button
        type="submit"
        className={isPrimary ? "button primary" : "button secondary"}
      >
        {label}
      </button>
    </form>
  );
}
