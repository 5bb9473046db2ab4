import { getConfig } from "../config";
import { ApiError } from "../http/api-error";
import { isStaff } from "../http/owner-session";

/** The staff area exists only when STAFF_PASSWORD is set. */
export function isStaffAreaEnabled(): boolean {
  return getConfig().staffPassword !== undefined;
}

/** Answers 404, as for any unknown path, when there is no staff area. */
export function assertStaffAreaEnabled(): void {
  if (!isStaffAreaEnabled()) throw new ApiError("not_found", "Not found");
}

/** A staff-only route: 404 without a staff area, 403 when signed out. */
export async function assertStaff(): Promise<void> {
  assertStaffAreaEnabled();
  if (!(await isStaff())) {
    throw new ApiError("forbidden", "Sign in as staff to see this");
  }
}
