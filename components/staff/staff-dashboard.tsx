import type { Heartbeat } from "@/lib/cluster/heartbeat";
import type {
  SubmissionsPage,
  SubmissionsQuery,
} from "@/lib/staff/submissions";
import { FormCheckPanel } from "./form-check-panel";
import { InstancesTable } from "./instances-table";
import { SignOutButton } from "./sign-out-button";
import { StatusFilter } from "./status-filter";
import { SubmissionsTable } from "./submissions-table";
import styles from "./staff.module.css";

export interface StaffDashboardProps {
  instances: Heartbeat[];
  submissions: SubmissionsPage;
  query: SubmissionsQuery;
  problem: string | null;
  timeZone: string;
}

/** The signed-in staff page: capacity, the form check, every RSVP. */
export function StaffDashboard(props: StaffDashboardProps) {
  const { instances, submissions, query, problem, timeZone } = props;

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1>Staff</h1>
        <SignOutButton />
      </div>
      <section aria-labelledby="instances-title" className={styles.panel}>
        <h2 id="instances-title">Live capacity</h2>
        <InstancesTable instances={instances} timeZone={timeZone} />
      </section>
      <section aria-labelledby="check-title" className={styles.panel}>
        <h2 id="check-title">Form check</h2>
        <p className={styles.lead}>
          Fills the third-party registration form with a test identity, up to
          its preview, and never sends it. Run it after the organiser changes
          their site, or before doors open.
        </p>
        <FormCheckPanel />
      </section>
      <section
        id="submissions"
        aria-labelledby="submissions-title"
        className={styles.panel}
      >
        <h2 id="submissions-title">Submissions</h2>
        {problem && <p className={styles.problem}>{problem}</p>}
        <div className={styles.toolbar}>
          <StatusFilter status={query.status} />
          <a href="/api/staff/confirmed.csv" download>
            Download confirmed RSVPs (CSV)
          </a>
        </div>
        <SubmissionsTable
          items={submissions.items}
          status={query.status}
          isFirstPage={!query.cursor}
          nextCursor={submissions.nextCursor}
          timeZone={timeZone}
        />
      </section>
    </div>
  );
}
