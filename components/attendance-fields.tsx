"use client";

import { Choice, ChoiceGroup } from "./choice-group";
import { useFormState } from "./form-state";
import {
  attendanceChoices,
  attendanceLabels,
  fieldLabels,
  toFieldId,
} from "./rsvp-labels";
import styles from "./fields.module.css";

export function AttendanceFields() {
  const { answers, register } = useFormState();
  const groupId = toFieldId("attendance");

  return (
    <ChoiceGroup
      field="attendance"
      legend={fieldLabels.attendance}
      isRequired
      isRadioGroup
    >
      {() =>
        attendanceChoices.map((option, index) => {
          // The first radio carries the group's id, so links to the
          // field from the error summary land on it.
          const id = index === 0 ? groupId : `${groupId}-${option}`;
          return (
            <Choice key={option} id={id} label={attendanceLabels[option]}>
              <input
                {...register("attendance")}
                id={id}
                type="radio"
                value={option}
                defaultChecked={answers.attendance === option}
                className={styles.tick}
              />
            </Choice>
          );
        })
      }
    </ChoiceGroup>
  );
}
