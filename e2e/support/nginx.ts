import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getFreePort } from "../../lib/testing/free-port";

export interface Balancer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * A real nginx in front of the instances, round-robin and without
 * stickiness, as Heroku's router spreads requests over dynos. Each answer
 * carries X-Upstream: the instance that served it.
 */
export async function startBalancer(upstreams: string[]): Promise<Balancer> {
  if (spawnSync("nginx", ["-v"]).error) {
    throw new Error("nginx is not installed: apt-get install -y nginx");
  }
  const port = await getFreePort();
  const dir = mkdtempSync(join(tmpdir(), "rsvp-nginx-"));
  writeFileSync(join(dir, "nginx.conf"), toConfig(port, dir, upstreams));
  const child = spawn(
    "nginx",
    ["-p", dir, "-c", join(dir, "nginx.conf"), "-g", "daemon off;"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForListening(url, child);

  return { url, stop: () => stopProcess(child) };
}

function toConfig(port: number, dir: string, upstreams: string[]): string {
  const servers = upstreams
    .map((upstream) => `    server ${new URL(upstream).host} max_fails=0;`)
    .join("\n");
  return `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream instances {
${servers}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://instances;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

async function waitForListening(url: string, child: ChildProcess) {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const isUp = await fetch(`${url}/api/health`)
      .then(() => true)
      .catch(() => false);
    if (isUp) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not start: ${stderr}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();

  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGQUIT");
  });
}
