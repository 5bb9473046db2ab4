import { toAnswerRows } from "./answer-rows";
import type { EventView } from "./event-view";
import type { RsvpAnswers } from "./rsvp-status-view";
import styles from "./rsvp-status.module.css";

export interface AnswersListProps {
  answers: RsvpAnswers;
  event: EventView;
  id?: string;
}

export function AnswersList({ answers, event, id }: AnswersListProps) {
  return (
    <dl id={id} className={styles.answers}>
      {toAnswerRows(answers, event).map((row) => (
        <div key={row.label} className={styles.answer}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
