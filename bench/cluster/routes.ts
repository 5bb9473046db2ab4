import type { IncomingMessage, ServerResponse } from "node:http";
import type { RsvpInputSchema } from "../../lib/rsvp/schema";
import type { BoardEntry, RsvpBoard } from "./rsvp-board";

interface RequestParts {
  request: IncomingMessage;
  response: ServerResponse;
  board: RsvpBoard;
  schema: RsvpInputSchema;
}

const maxBodyBytes = 16 * 1024;
const ownerCookie = "owner";

/** The RSVP flow's endpoints, answering API.md's shapes. */
export async function handleRequest(parts: RequestParts): Promise<void> {
  const { request, response, board } = parts;
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const [, api, resource, id, action] = url.pathname.split("/");
  if (api !== "api") return sendError(response, 404, "not_found");

  if (resource === "health" && request.method === "GET") {
    return sendJson(response, 200, { status: "OK", queue: board.stats });
  }
  if (resource !== "rsvp") return sendError(response, 404, "not_found");
  if (!id && request.method === "POST") return createRsvp(parts);

  const entry = id ? board.get(id, readOwner(request)) : undefined;
  if (!entry) return sendError(response, 404, "not_found");

  if (!action && request.method === "GET") {
    return sendJson(response, 200, toStatusView(entry));
  }
  if (action === "preview" && request.method === "GET" && entry.preview) {
    response.writeHead(200, { "content-type": entry.preview.mimeType });
    response.end(entry.preview.image);
    return;
  }
  if (action === "confirm" && request.method === "POST") {
    const isAccepted = board.confirm(entry);
    if (!isAccepted) return sendError(response, 409, "invalid_state");
    return sendJson(response, 202, { status: "submitting" });
  }
  sendError(response, 404, "not_found");
}

async function createRsvp(parts: RequestParts): Promise<void> {
  const { request, response, board, schema } = parts;
  const body = await readBody(request);
  if (body === undefined) return sendError(response, 400, "invalid_json");

  const parsed = schema.safeParse(body);
  if (!parsed.success) return sendError(response, 400, "validation_failed");
  if (board.isFull) return sendError(response, 503, "busy");

  const entry = board.create(parsed.data);
  response.setHeader(
    "set-cookie",
    `${ownerCookie}=${entry.owner}; Path=/; HttpOnly; SameSite=Lax`,
  );
  sendJson(response, 202, {
    id: entry.id,
    status: entry.status,
    position: board.stats.pending,
  });
}

function toStatusView(entry: BoardEntry) {
  return {
    id: entry.id,
    status: entry.status,
    previewUrl: entry.preview ? `/api/rsvp/${entry.id}/preview` : null,
    confirmation: entry.confirmation ? { number: entry.confirmation } : null,
    error: entry.errorCode ? { code: entry.errorCode } : null,
  };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

function readOwner(request: IncomingMessage): string | undefined {
  const cookies = request.headers.cookie?.split(";") ?? [];
  const pair = cookies.find((cookie) =>
    cookie.trim().startsWith(`${ownerCookie}=`),
  );

  return pair?.trim().slice(ownerCookie.length + 1);
}

function sendError(response: ServerResponse, status: number, code: string) {
  sendJson(response, status, { error: { code, message: code } });
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(JSON.stringify(body));
}
