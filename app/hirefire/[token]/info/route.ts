import { getHireFireInfo } from "@/lib/cluster/backlog";
import { json } from "@/lib/http/respond";
import { withRoute } from "@/lib/http/with-route";

interface Context {
  params: Promise<{ token: string }>;
}

export const GET = withRoute<Context>(
  "GET /hirefire/:token/info",
  async (_request, { params }) => {
    const { token } = await params;

    return json(await getHireFireInfo(token));
  },
);
