import { getRuntime } from "../rsvp/runtime";
import { parseOrRefuse } from "./parse-or-refuse";
import {
  listSubmissions,
  submissionsQuerySchema,
  type SubmissionsPage,
  type SubmissionsQuery,
} from "./submissions";

/** GET /api/staff/submissions: the query checked, then one page. */
export async function getSubmissions(
  params: URLSearchParams,
): Promise<SubmissionsPage> {
  const query = parseSubmissionsQuery(params);
  const { store } = await getRuntime();

  return listSubmissions(store, query);
}

export function parseSubmissionsQuery(
  params: URLSearchParams,
): SubmissionsQuery {
  return parseOrRefuse(
    submissionsQuerySchema,
    Object.fromEntries(params.entries()),
    { whole: "query", unknownKey: "Not a known parameter" },
  );
}

/**
 * The /staff page's filter and paging, from its address. A hand-edited
 * address with a bad value shows the newest RSVPs and says why.
 */
export function toPageQuery(params: URLSearchParams): {
  query: SubmissionsQuery;
  problem: string | null;
} {
  const status = params.get("status") ?? "";
  const cursor = params.get("cursor") ?? "";
  const parsed = submissionsQuerySchema.safeParse({ status, cursor });
  if (parsed.success) return { query: parsed.data, problem: null };

  return {
    query: submissionsQuerySchema.parse({}),
    problem: "That filter or page is not valid; showing the newest RSVPs.",
  };
}
