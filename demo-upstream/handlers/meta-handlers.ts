import {
  applyFaultChange,
  FaultConfigError,
  parseFaultChange,
} from "../faults";
import {
  isContentType,
  readBody,
  sendHtml,
  sendJson,
  sendText,
} from "../http-io";
import { notFoundPage, renderMessagePage } from "../pages/message-pages";
import type { RequestContext } from "../site-state";

export function showHealth(ctx: RequestContext): void {
  sendText(ctx.res, 200, "ok");
}

/** Every final submission, oldest first, for tests to count. */
export function listRegistrations(ctx: RequestContext): void {
  sendJson(ctx.res, 200, ctx.state.registrations.list());
}

/** GET shows the faults; POST changes them, when the site allows it. */
export async function handleFaultControl(ctx: RequestContext): Promise<void> {
  if (!ctx.state.allowFaultControl) {
    return sendHtml(ctx.res, 404, renderMessagePage(notFoundPage));
  }

  if (ctx.req.method === "GET") return sendJson(ctx.res, 200, ctx.state.faults);

  if (ctx.req.method !== "POST") {
    ctx.res.setHeader("Allow", "GET, POST");

    return sendError(ctx, 405, {
      code: "method_not_allowed",
      message: "Use GET or POST",
    });
  }

  await changeFaults(ctx);
}

async function changeFaults(ctx: RequestContext): Promise<void> {
  const body = await readBody(ctx.req);
  if (!body.ok) {
    return sendError(ctx, 413, {
      code: "payload_too_large",
      message: "Body over 32 KiB",
    });
  }

  if (!isContentType(ctx.req, "application/json")) {
    return sendError(ctx, 415, {
      code: "unsupported_media_type",
      message: "Send application/json",
    });
  }

  const parsed = parseJson(body.text);
  if (!parsed.ok) {
    return sendError(ctx, 400, {
      code: "invalid_json",
      message: "Body is not JSON",
    });
  }

  try {
    const change = parseFaultChange(parsed.value);
    ctx.state.faults = applyFaultChange(ctx.state.faults, change);
  } catch (error) {
    if (!(error instanceof FaultConfigError)) throw error;

    return sendError(ctx, 400, {
      code: "validation_failed",
      message: error.message,
    });
  }

  sendJson(ctx.res, 200, ctx.state.faults);
}

interface ErrorBody {
  code: string;
  message: string;
}

function sendError(ctx: RequestContext, status: number, error: ErrorBody) {
  sendJson(ctx.res, status, { error });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
