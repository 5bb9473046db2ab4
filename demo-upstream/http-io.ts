import type { IncomingMessage, ServerResponse } from "node:http";

/** Form posts larger than this are refused with 413. */
export const bodyLimitBytes = 32 * 1024;

// Past the limit the rest of a body is read and thrown away, so the client
// gets its 413 instead of a reset; beyond this much the connection is cut.
const drainLimitBytes = 1024 * 1024;

export type BodyRead = { ok: true; text: string } | { ok: false };

/** Reads a request body as UTF-8; `ok: false` when it is too large. */
export function readBody(req: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;

    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= bodyLimitBytes) chunks.push(chunk);
      if (size > drainLimitBytes) req.destroy();
    });
    req.on("end", () => {
      if (size > bodyLimitBytes) return resolve({ ok: false });

      resolve({ ok: true, text: Buffer.concat(chunks).toString("utf8") });
    });
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("The request ended early"));
    });
  });
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
  });
  res.end(html);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
): void {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
  res.end(JSON.stringify(body));
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

/** A 303, so the browser follows a POST with a GET. */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, "Cache-Control": "no-store" });
  res.end();
}

export function isContentType(req: IncomingMessage, type: string): boolean {
  const header = req.headers["content-type"] ?? "";

  return header.split(";")[0]?.trim().toLowerCase() === type;
}
