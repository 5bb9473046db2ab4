/**
 * Next.js may load a route's modules more than once (one copy per route
 * bundle), so module-level state would silently split. Process-wide
 * singletons live on globalThis under a registered symbol instead.
 */
export function getSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`rsvp-gateway.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = holder[key];
  if (existing !== undefined) return existing;

  const created = create();
  holder[key] = created;

  return created;
}

/** Forgets a singleton; tests use it to start from a clean process state. */
export function resetSingleton(name: string): void {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  delete holder[Symbol.for(`rsvp-gateway.${name}`)];
}
