import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { DemoFaults } from "./faults";
import { createFieldNaming } from "./fields";
import {
  handleFaultControl,
  listRegistrations,
  showHealth,
} from "./handlers/meta-handlers";
import {
  showComplete,
  showReview,
  submitRegistration,
} from "./handlers/review-handlers";
import { saveStep, showStep } from "./handlers/step-handlers";
import { sendHtml } from "./http-io";
import {
  methodNotAllowedPage,
  notFoundPage,
  renderMessagePage,
  serverErrorPage,
  unavailablePage,
} from "./pages/message-pages";
import { renderLandingPage } from "./pages/landing-page";
import type { RequestContext, SiteState } from "./site-state";
import { completePath, reviewPath, stepPaths, submitPath } from "./steps";

type Handler = (ctx: RequestContext) => void | Promise<void>;

type Route = Partial<Record<"GET" | "POST", Handler>>;

const faultControlPath = "/__faults";

// Paths tests use to watch the site; faults other than latency spare them.
const metaPaths = new Set(["/healthz", "/registrations.json"]);

const stepPostPaths = new Set(Object.values(stepPaths));

const routes = new Map<string, Route>([
  ["/", { GET: (ctx) => sendHtml(ctx.res, 200, renderLandingPage()) }],
  ["/healthz", { GET: showHealth }],
  ["/registrations.json", { GET: listRegistrations }],
  [
    stepPaths.personal,
    {
      GET: (ctx) => showStep(ctx, "personal"),
      POST: (ctx) => saveStep(ctx, "personal"),
    },
  ],
  [
    stepPaths.company,
    {
      GET: (ctx) => showStep(ctx, "company"),
      POST: (ctx) => saveStep(ctx, "company"),
    },
  ],
  [
    stepPaths.attendance,
    {
      GET: (ctx) => showStep(ctx, "attendance"),
      POST: (ctx) => saveStep(ctx, "attendance"),
    },
  ],
  [reviewPath, { GET: showReview }],
  [submitPath, { POST: submitRegistration }],
  [completePath, { GET: showComplete }],
]);

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** The site's request listener; it logs nothing, whatever happens. */
export function createRequestHandler(state: SiteState): RequestListener {
  return (req, res) => void handleRequest(state, { req, res });
}

async function handleRequest(
  state: SiteState,
  { req, res }: { req: IncomingMessage; res: ServerResponse },
): Promise<void> {
  try {
    await dispatch({
      req,
      res,
      url: new URL(req.url ?? "/", "http://upstream.invalid"),
      state,
      naming: createFieldNaming(state.faults.renameField),
    });
  } catch {
    if (res.headersSent) return void res.destroy();

    sendHtml(res, 500, renderMessagePage(serverErrorPage));
  }
}

async function dispatch(ctx: RequestContext): Promise<void> {
  const path = ctx.url.pathname;
  // The control obeys no fault, so a test can always switch them off.
  if (path === faultControlPath) return handleFaultControl(ctx);

  const faults = ctx.state.faults;
  // A hanging request is simply never answered; close() cuts it off.
  if (isHanging(faults, ctx)) return;

  await waitForLatency(faults.latencyMs, ctx.state.closing);
  if (ctx.state.closing.aborted) return void ctx.res.destroy();

  if (!metaPaths.has(path) && Math.random() < faults.errorRate) {
    ctx.res.setHeader("Retry-After", "5");

    return sendHtml(ctx.res, 503, renderMessagePage(unavailablePage));
  }

  await route(ctx);
}

async function route(ctx: RequestContext): Promise<void> {
  const found = routes.get(ctx.url.pathname);
  if (found === undefined) {
    return sendHtml(ctx.res, 404, renderMessagePage(notFoundPage));
  }

  // Node leaves out the body of an answer to HEAD by itself.
  const method = ctx.req.method === "HEAD" ? "GET" : ctx.req.method;
  const handler =
    method === "GET" || method === "POST" ? found[method] : undefined;
  if (handler === undefined) {
    ctx.res.setHeader("Allow", Object.keys(found).join(", "));

    return sendHtml(ctx.res, 405, renderMessagePage(methodNotAllowedPage));
  }

  await handler(ctx);
}

function isHanging(faults: DemoFaults, ctx: RequestContext): boolean {
  const path = ctx.url.pathname;
  const isPost = ctx.req.method === "POST";

  switch (faults.hang) {
    case "off":
      return false;
    case "all":
      return !metaPaths.has(path);
    case "submit":
      return isPost && path === submitPath;
    case "steps":
      return isPost && stepPostPaths.has(path);
  }
}

async function waitForLatency(ms: number, closing: AbortSignal) {
  if (ms === 0) return;

  // Closing aborts the wait, which rejects; the caller checks `closing`.
  await sleep(ms, undefined, { signal: closing }).catch(() => undefined);
}
