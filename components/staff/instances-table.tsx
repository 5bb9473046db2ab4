import type { Heartbeat } from "@/lib/cluster/heartbeat";
import { formatBytes, formatMoment } from "./staff-labels";
import styles from "./staff.module.css";

export interface InstancesTableProps {
  instances: Heartbeat[];
  timeZone: string;
}

/** Every instance whose heartbeat is live, with what it is carrying. */
export function InstancesTable({ instances, timeZone }: InstancesTableProps) {
  if (instances.length === 0) {
    return <p className={styles.empty}>No instance has reported in.</p>;
  }

  return (
    <div
      className={styles.scroller}
      role="region"
      aria-labelledby="instances-caption"
      tabIndex={0}
    >
      <table className={styles.table}>
        <caption id="instances-caption">
          {instances.length} live{" "}
          {instances.length === 1 ? "instance" : "instances"}, from heartbeats
          sent every 5 seconds
        </caption>
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">Jobs running</th>
            <th scope="col">Waiting</th>
            <th scope="col">Open pages</th>
            <th scope="col">Browser memory</th>
            <th scope="col">Version</th>
            <th scope="col">Last heartbeat</th>
          </tr>
        </thead>
        <tbody>
          {instances.map((instance) => (
            <tr key={instance.owner}>
              <th scope="row">
                {instance.instance}
                {instance.draining && (
                  <span className={styles.secondary}>stopping</span>
                )}
              </th>
              <td className={styles.number}>
                {instance.queue.active} of {instance.queue.maxConcurrent}
              </td>
              <td className={styles.number}>{instance.queue.pending}</td>
              <td className={styles.number}>{instance.openPages}</td>
              <td className={styles.number}>
                {formatBytes(instance.browserMemoryBytes)}
              </td>
              <td className={styles.mono}>{instance.version}</td>
              <td className={styles.number}>
                <time dateTime={instance.at}>
                  {formatMoment(instance.at, timeZone)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
