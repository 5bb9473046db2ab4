/**
 * SESSION_SECRET holds one secret, or several separated by commas, newest
 * first. iron-session seals with the secret of the highest number and
 * opens with any. Plain secrets are numbered from the end of the list, so
 * adding a new one in front keeps the old one's number; to retire the old
 * one later without signing everyone out, number them explicitly:
 * `2:new-secret,1:old-secret`, then `2:new-secret`.
 */
export interface SessionSecret {
  id: number;
  secret: string;
}

export function parseSessionSecrets(value: string | undefined): {
  secrets: SessionSecret[];
  problems: string[];
} {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const secrets = entries.map((entry, index) => {
    const match = /^(\d{1,6}):(.+)$/.exec(entry);
    return match?.[1] && match[2]
      ? { id: Number(match[1]), secret: match[2] }
      : { id: entries.length - index, secret: entry };
  });

  return { secrets, problems: findProblems(secrets) };
}

function findProblems(secrets: SessionSecret[]): string[] {
  const problems: string[] = [];
  if (secrets.some(({ secret }) => secret.length < 32)) {
    problems.push(
      "SESSION_SECRET: expected at least 32 characters per secret " +
        "(several secrets: comma-separated, newest first)",
    );
  }
  const ids = secrets.map(({ id }) => id);
  if (new Set(ids).size !== ids.length || ids.includes(0)) {
    problems.push(
      "SESSION_SECRET: expected distinct positive numbers, as in " +
        "2:new-secret,1:old-secret",
    );
  }

  return problems;
}
