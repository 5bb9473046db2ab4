import { sleep } from "./tree-sampler";

/** The part of GET /api/rsvp/{id} the benchmark reads. */
interface StatusBody {
  status: string;
  previewUrl: string | null;
  error: { code: string } | null;
}

export type Outcome =
  "confirmed" | "failed" | "busy" | "timed out" | "http error";

export class FlowError extends Error {
  constructor(readonly outcome: Outcome) {
    super(`the RSVP ended ${outcome}`);
    this.name = "FlowError";
  }
}

/**
 * One simulated attendee over HTTP, with its own cookie jar: the service
 * only lets the browser that created an RSVP read and confirm it.
 */
export class AttendeeClient {
  private cookie = "";

  constructor(
    private readonly baseUrl: string,
    private readonly pollMs: number,
  ) {}

  /** POST /api/rsvp; throws FlowError("busy") on a 503. */
  async create(body: object): Promise<string> {
    const response = await this.send("/api/rsvp", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const cookies = response.headers.getSetCookie();
    const pair = cookies[0]?.split(";")[0];
    if (pair) this.cookie = pair;
    if (response.status === 503) throw new FlowError("busy");
    if (response.status !== 202) throw new FlowError("http error");

    const created = (await response.json()) as { id: string };
    return created.id;
  }

  /** Polls until the RSVP reaches `wanted`; FlowError if it ends else. */
  async waitFor(id: string, wanted: string, deadline: number) {
    while (performance.now() < deadline) {
      const response = await this.send(`/api/rsvp/${id}`);
      if (!response.ok) throw new FlowError("http error");

      const body = (await response.json()) as StatusBody;
      if (body.status === wanted) return body;
      if (["failed", "cancelled", "expired"].includes(body.status)) {
        throw new FlowError("failed");
      }
      await sleep(this.pollMs);
    }
    throw new FlowError("timed out");
  }

  /** Downloads the screenshot, as the attendee's page does. */
  async readPreview(url: string): Promise<number> {
    const response = await this.send(url);
    if (!response.ok) throw new FlowError("http error");

    return (await response.arrayBuffer()).byteLength;
  }

  async confirm(id: string): Promise<void> {
    const response = await this.send(`/api/rsvp/${id}/confirm`, {
      method: "POST",
    });
    if (response.status !== 202 && response.status !== 200) {
      throw new FlowError("http error");
    }
    await response.arrayBuffer();
  }

  async cancel(id: string): Promise<void> {
    const response = await this.send(`/api/rsvp/${id}`, { method: "DELETE" });
    await response.arrayBuffer();
  }

  private send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set("cookie", this.cookie);

    return fetch(new URL(path, this.baseUrl), {
      ...init,
      headers,
      signal: AbortSignal.timeout(30_000),
    });
  }
}
