import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { getClientAddress } from "@/lib/http/client-address";
import { readFormBody } from "@/lib/http/read-form";
import { json } from "@/lib/http/respond";
import { withRoute } from "@/lib/http/with-route";
import {
  createRsvpFromForm,
  keepFormAnswers,
  seeOther,
} from "@/lib/rsvp/form-flow";

/**
 * The invitation's form, posted as a plain HTML form. A browser without
 * JavaScript is sent on with a 303; the page's script asks for JSON and
 * gets the answers of POST /api/rsvp.
 */
export const POST = withRoute("POST /rsvp", async (request) => {
  assertSameOrigin(request);
  const form = await readFormBody(request);
  const wantsJson = /application\/json/.test(
    request.headers.get("accept") ?? "",
  );

  try {
    const created = await createRsvpFromForm({
      form,
      clientAddress: getClientAddress(request),
    });
    return wantsJson
      ? json(created, 202)
      : seeOther(`/rsvp/${encodeURIComponent(created.id)}`);
  } catch (error) {
    if (wantsJson) throw error;

    return seeOther(await keepFormAnswers(form, error));
  }
});

/** Someone who opens /rsvp by hand wants the invitation. */
export const GET = withRoute("GET /rsvp", () => seeOther("/"));
