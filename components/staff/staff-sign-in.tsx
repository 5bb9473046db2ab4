import { SignInForm } from "./sign-in-form";
import styles from "./staff.module.css";

/** The staff page for a browser that is not signed in. */
export function StaffSignIn() {
  return (
    <div className={`${styles.panel} ${styles.narrow}`}>
      <h1>Staff sign-in</h1>
      <p className={styles.lead}>
        For the event team: every RSVP, live capacity and the form check.
      </p>
      <SignInForm />
    </div>
  );
}
