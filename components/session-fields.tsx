"use client";

import { Choice, ChoiceGroup } from "./choice-group";
import { SessionTime } from "./event-details";
import type { EventView } from "./event-view";
import { useFormState } from "./form-state";
import { fieldLabels, toFieldId } from "./rsvp-labels";
import fieldStyles from "./fields.module.css";

export interface SessionFieldsProps {
  event: EventView;
}

/** The sessions as checkboxes sharing one name: the form posts a list. */
export function SessionFields({ event }: SessionFieldsProps) {
  const { answers, register } = useFormState();
  const groupId = toFieldId("sessions");

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
                {...register("sessions")}
                id={id}
                type="checkbox"
                value={session.id}
                defaultChecked={answers.sessions.includes(session.id)}
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
