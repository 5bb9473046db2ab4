"use client";

import { useFormContext } from "react-hook-form";
import { attendanceOptions, type RsvpFormValues } from "@/lib/rsvp/schema";
import { Choice, ChoiceGroup } from "./choice-group";
import { attendanceLabels, fieldLabels, toFieldId } from "./rsvp-labels";
import styles from "./fields.module.css";

export function AttendanceFields() {
  const { register } = useFormContext<RsvpFormValues>();
  const groupId = toFieldId("attendance");

  return (
    <ChoiceGroup field="attendance" legend={fieldLabels.attendance} isRequired>
      {() =>
        attendanceOptions.map((option, index) => {
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
                className={styles.tick}
              />
            </Choice>
          );
        })
      }
    </ChoiceGroup>
  );
}
