// Runs the service on this machine with its embedded defaults: the bundled
// demo third-party site, the in-memory store, plain http on localhost.
// Builds first when there is no production build yet.
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

const env = { ...process.env };
if (!env.SESSION_SECRET) {
  // A secret made up for this run only: cookies end with the process.
  env.SESSION_SECRET = randomBytes(32).toString("hex");
}
// Browsers accept Secure cookies from http://localhost, but not from a
// LAN address; a local run serves plain http.
env.COOKIE_SECURE ??= "false";

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = env.PORT ?? "3000";
console.log(`RSVP gateway on http://localhost:${port}`);
const server = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
