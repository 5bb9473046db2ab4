export const sessionCookieName = "demo_sid";

/** A cookie's value from a Cookie header, or undefined when absent. */
export function readCookie(
  header: string | undefined,
  name: string,
): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const separator = pair.indexOf("=");
    if (separator === -1) continue;

    if (pair.slice(0, separator).trim() === name) {
      return pair.slice(separator + 1).trim();
    }
  }

  return undefined;
}

/** Set-Cookie for a session: gone when the browser closes. */
export function toSessionCookie(sessionId: string): string {
  return `${sessionCookieName}=${sessionId}; HttpOnly; SameSite=Lax; Path=/`;
}
