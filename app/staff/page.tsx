import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffDashboard } from "@/components/staff/staff-dashboard";
import { StaffSignIn } from "@/components/staff/staff-sign-in";
import { getEvent } from "@/lib/event/load-event";
import { isStaff } from "@/lib/http/owner-session";
import { isStaffAreaEnabled } from "@/lib/staff/access";
import { getStaffOverview } from "@/lib/staff/overview";
import { toPageQuery } from "@/lib/staff/submissions-request";

// Whether the staff area exists is read from the environment at run time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Staff",
  robots: { index: false, follow: false },
};

interface StaffPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The staff area: sign-in, or every instance and every RSVP. */
export default async function StaffPage({ searchParams }: StaffPageProps) {
  if (!isStaffAreaEnabled()) notFound();
  if (!(await isStaff())) return <StaffSignIn />;

  const { query, problem } = toPageQuery(toParams(await searchParams));
  const overview = await getStaffOverview(query);

  return (
    <StaffDashboard
      {...overview}
      query={query}
      problem={problem}
      timeZone={getEvent().timezone}
    />
  );
}

function toParams(
  search: Record<string, string | string[] | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === "string") params.set(key, value);
  }

  return params;
}
