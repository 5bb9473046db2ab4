import { createServer, type IncomingMessage } from "node:http";
import { parseArgs } from "node:util";
import { loadEvent } from "../../lib/event/load-event";
import { createRsvpInputSchema } from "../../lib/rsvp/schema";
import { ClusterTasks } from "./cluster-tasks";
import { handleRequest } from "./routes";
import { RsvpBoard } from "./rsvp-board";

/**
 * The benchmark's puppeteer-cluster engine: the four endpoints of the
 * RSVP flow plus /api/health, on loopback, for the benchmark's client
 * only. Usage: server.ts --port=N --slots=N --queue=N --upstream=URL
 */
async function startClusterServer(): Promise<void> {
  const options = readOptions();
  const tasks = await ClusterTasks.launch({
    slots: options.slots,
    baseUrl: options.upstream,
  });
  const event = loadEvent(undefined);
  const schema = createRsvpInputSchema({
    maxGuests: event.maxGuests,
    sessionIds: event.sessions.map((session) => session.id),
  });
  const board = new RsvpBoard(tasks, options.queue);
  const server = createServer((request: IncomingMessage, response) => {
    handleRequest({ request, response, board, schema }).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.listen(options.port, "127.0.0.1");

  process.once("SIGTERM", () => {
    server.close();
    void tasks.close().finally(() => process.exit(0));
  });
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      slots: { type: "string", default: "3" },
      queue: { type: "string", default: "20" },
      upstream: { type: "string" },
    },
  });
  const port = Number(values.port);
  const slots = Number(values.slots);
  const queue = Number(values.queue);
  if (!values.upstream || !(port > 0) || !(slots > 0) || !(queue >= 0)) {
    throw new Error(
      "usage: server.ts --port=N --slots=N --queue=N --upstream=URL",
    );
  }

  return { port, slots, queue, upstream: values.upstream };
}

startClusterServer().catch((error: unknown) => {
  process.stderr.write(`cluster server: ${String(error)}\n`);
  process.exit(1);
});
