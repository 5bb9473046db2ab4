import { expect, test } from "./support/fixtures";

/** The headers every answer carries, and a page that runs under its CSP. */
test("pages carry a strict, nonce-based CSP and the usual guards", async ({
  app,
  request,
}) => {
  const response = await request.get(app.url);
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";

  expect(csp).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
  );
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("a fresh nonce on every page answer", async ({ app, request }) => {
  const nonces = await Promise.all(
    [1, 2].map(async () => {
      const csp = (await request.get(app.url)).headers()[
        "content-security-policy"
      ];
      return /nonce-([^']+)/.exec(csp ?? "")?.[1];
    }),
  );

  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("API answers may not run anything or be framed", async ({
  app,
  request,
}) => {
  const response = await request.get(`${app.url}/api/health`);

  expect(response.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the invitation page runs under its CSP without violations", async ({
  app,
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.goto(app.url);
  await page.getByLabel("First name").fill("Zoë");

  await expect(page.getByLabel("First name")).toHaveValue("Zoë");
  expect(violations).toEqual([]);
});
