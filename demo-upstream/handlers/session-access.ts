import { readCookie, sessionCookieName, toSessionCookie } from "../cookies";
import type { Session } from "../session-store";
import type { RequestContext } from "../site-state";

/** The visitor's live session, if their cookie names one. */
export function findSession(ctx: RequestContext): Session | undefined {
  const id = readCookie(ctx.req.headers.cookie, sessionCookieName);

  return ctx.state.sessions.get(id);
}

/** The visitor's session, or a new one with its cookie set on the answer. */
export function getOrCreateSession(ctx: RequestContext): Session {
  const existing = findSession(ctx);
  if (existing !== undefined) return existing;

  const session = ctx.state.sessions.create();
  ctx.res.setHeader("Set-Cookie", toSessionCookie(session.id));

  return session;
}
