/**
 * Next.js calls this once per server process. The browser and the store
 * exist only in the Node.js runtime; NEXT_RUNTIME is set by Next itself,
 * not by an operator, so it is read here rather than in lib/config.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  const { boot } = await import("./lib/boot");
  await boot();
}
