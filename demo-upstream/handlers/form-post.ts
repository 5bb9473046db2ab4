import { timingSafeEqual } from "node:crypto";
import { isContentType, readBody, sendHtml } from "../http-io";
import {
  renderMessagePage,
  sessionExpiredPage,
  tooLargePage,
  unsupportedFormPage,
} from "../pages/message-pages";
import type { Session } from "../session-store";
import type { RequestContext } from "../site-state";
import { findSession } from "./session-access";

export interface FormPost {
  session: Session;
  /** The posted fields under the site's own names, without `_csrf`. */
  values: URLSearchParams;
}

/**
 * Reads a posted form and checks its session and CSRF token. When any of
 * that fails the refusal is already sent and the result is null.
 */
export async function readFormPost(
  ctx: RequestContext,
): Promise<FormPost | null> {
  const body = await readBody(ctx.req);
  if (!body.ok) {
    sendHtml(ctx.res, 413, renderMessagePage(tooLargePage));

    return null;
  }

  if (!isContentType(ctx.req, "application/x-www-form-urlencoded")) {
    sendHtml(ctx.res, 415, renderMessagePage(unsupportedFormPage));

    return null;
  }

  const posted = new URLSearchParams(body.text);
  const session = findSession(ctx);
  if (session === undefined || !isTokenValid(session, posted.get("_csrf"))) {
    sendHtml(ctx.res, 403, renderMessagePage(sessionExpiredPage));

    return null;
  }

  const values = ctx.naming.toCanonicalValues(posted);
  values.delete("_csrf");

  return { session, values };
}

function isTokenValid(session: Session, sent: string | null): boolean {
  if (sent === null) return false;

  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(sent);

  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
