import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { withRoute } from "@/lib/http/with-route";
import { actOnRsvpFromForm, seeOther } from "@/lib/rsvp/form-flow";

interface Context {
  params: Promise<{ id: string }>;
}

/** The status page's "confirm" button, posted as a plain form. */
export const POST = withRoute<Context>(
  "POST /rsvp/:id/confirm",
  async (request, { params }) => {
    assertSameOrigin(request);
    const { id } = await params;

    return seeOther(await actOnRsvpFromForm(id, "confirm"));
  },
);
