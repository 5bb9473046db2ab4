"use client";

import { useController } from "react-hook-form";
import type { RsvpFormValues } from "@/lib/rsvp/schema";
import { Choice, ChoiceGroup } from "./choice-group";
import { SessionTime } from "./event-details";
import type { EventView } from "./event-view";
import { fieldLabels, toFieldId } from "./rsvp-labels";
import fieldStyles from "./fields.module.css";

export interface SessionFieldsProps {
  event: EventView;
}

/**
 * The sessions as checkboxes. The list is kept by hand because a lone
 * registered checkbox would give a string, not a list of ids.
 */
export function SessionFields({ event }: SessionFieldsProps) {
  const { field } = useController<RsvpFormValues, "sessions">({
    name: "sessions",
  });
  const chosen = field.value ?? [];
  const groupId = toFieldId("sessions");

  function toggle(id: string, isChecked: boolean) {
    const next = isChecked
      ? [...chosen.filter((other) => other !== id), id]
      : chosen.filter((other) => other !== id);
    field.onChange(next);
  }

  return (
    <ChoiceGroup
      field="sessions"
      legend={fieldLabels.sessions}
      hint="Choose the ones you plan to join."
    >
      {(isInvalid) =>
        event.sessions.map((session, index) => {
          const id = index === 0 ? groupId : `${groupId}-${session.id}`;
          return (
            <Choice
              key={session.id}
              id={id}
              label={
                <>
                  <span className={fieldStyles.choiceTitle}>
                    {session.title}
                  </span>
                  <SessionTime day={session.day} times={session.times} />
                </>
              }
            >
              <input
                ref={index === 0 ? field.ref : undefined}
                id={id}
                type="checkbox"
                name={field.name}
                value={session.id}
                checked={chosen.includes(session.id)}
                onChange={(change) => toggle(session.id, change.target.checked)}
                onBlur={field.onBlur}
                aria-invalid={isInvalid || undefined}
                className={fieldStyles.tick}
              />
            </Choice>
          );
        })
      }
    </ChoiceGroup>
  );
}
