/** Test support: a fetch client that keeps cookies, as a browser would. */
export interface PageResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The Location header of a redirect, else null. */
  location: string | null;
}

export type FormInput = Record<string, string | readonly string[]>;

export interface RequestOptions {
  signal?: AbortSignal;
  contentType?: string;
}

export interface TestBrowserOptions {
  /** Requests without their own signal give up after this. @default 5000 */
  deadlineMs?: number;
  /** A jar to share with another browser. @default a new one */
  cookies?: Map<string, string>;
}

/** A cookie jar in front of fetch; redirects are returned, not followed. */
export class TestBrowser {
  private readonly cookies: Map<string, string>;
  private readonly deadlineMs: number;

  constructor(
    private readonly baseUrl: string,
    options: TestBrowserOptions = {},
  ) {
    this.cookies = options.cookies ?? new Map<string, string>();
    this.deadlineMs = options.deadlineMs ?? 5_000;
  }

  /** The same visitor, with a shorter patience for answers. */
  withDeadline(deadlineMs: number): TestBrowser {
    return new TestBrowser(this.baseUrl, {
      deadlineMs,
      cookies: this.cookies,
    });
  }

  get(path: string, options: RequestOptions = {}): Promise<PageResponse> {
    return this.send(path, { method: "GET", signal: options.signal });
  }

  post(
    path: string,
    body: FormInput | string,
    options: RequestOptions = {},
  ): Promise<PageResponse> {
    const text = typeof body === "string" ? body : toFormBody(body);

    return this.send(path, {
      method: "POST",
      body: text,
      headers: {
        "Content-Type":
          options.contentType ?? "application/x-www-form-urlencoded",
      },
      signal: options.signal,
    });
  }

  getCookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  forgetCookies(): void {
    this.cookies.clear();
  }

  private async send(path: string, init: RequestInit): Promise<PageResponse> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("Cookie", this.toCookieHeader());

    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      headers,
      redirect: "manual",
      signal: init.signal ?? AbortSignal.timeout(this.deadlineMs),
    });
    for (const cookie of response.headers.getSetCookie()) {
      this.keepCookie(cookie);
    }

    return {
      status: response.status,
      headers: response.headers,
      text: await response.text(),
      location: response.headers.get("location"),
    };
  }

  private keepCookie(setCookie: string): void {
    const pair = setCookie.split(";")[0] ?? "";
    const separator = pair.indexOf("=");
    if (separator > 0) {
      this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
  }

  private toCookieHeader(): string {
    return [...this.cookies]
      .map(([name, value]) => `${name}=${value}`)
      .join("; ");
  }
}

export function toFormBody(input: FormInput): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) {
    const values = typeof value === "string" ? [value] : value;
    for (const item of values) form.append(name, item);
  }

  return form.toString();
}

/** The CSRF token of the page's form; throws when the page has none. */
export function readCsrfToken(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (match?.[1] === undefined) throw new Error("The page has no _csrf");

  return match[1];
}

/** The opening tag of the element with this id, or undefined. */
export function findTag(html: string, id: string): string | undefined {
  const pattern = new RegExp(`<[a-z]+\\b[^>]*\\bid="${id}"[^>]*>`);

  return pattern.exec(html)?.[0];
}
