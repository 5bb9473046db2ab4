import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startDemoUpstream,
  type DemoUpstream,
} from "../../demo-upstream/server";
import { BrowserPool } from "../browser/browser-pool";
import type { RsvpInput } from "../rsvp/schema";
import { getAllowedOrigins, loadFormMap } from "./load-form-map";
import { fillToPreview, submitFromPreview } from "./run-form-map";
import { UpstreamError } from "./upstream-error";

/**
 * The runner against the real demo site in a real Chromium: the bundled
 * form map must carry an attendee from the first step to the site's code.
 */
const map = loadFormMap(undefined);
let demo: DemoUpstream;
let browsers: BrowserPool;

beforeAll(async () => {
  demo = await startDemoUpstream({ port: 0 });
  browsers = new BrowserPool({
    executablePath: undefined,
    mode: "shared",
    confinement: {
      allowedOrigins: getAllowedOrigins(map, demo.url),
      blockedResourceTypes: map.blockResources,
    },
  });
  await browsers.warm();
});

afterAll(async () => {
  await browsers.close();
  await demo.close();
});

function attendee(overrides: Partial<RsvpInput> = {}): RsvpInput {
  return {
    firstName: "Mei",
    lastName: "Chen",
    email: `mei.${Math.random().toString(36).slice(2)}@example.com`,
    phone: "+86 571 8807 5998",
    company: "Hangzhou Vision Partners",
    jobTitle: "Solutions architect",
    country: "CN",
    attendance: "attending",
    guests: 1,
    dietary: "vegetarian",
    sessions: ["keynote", "ai-analytics"],
    consent: true,
    marketingOptIn: true,
    ...overrides,
  };
}

/** The UpstreamError a promise rejects with; fails the test otherwise. */
async function rejection(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof UpstreamError)) {
    throw new Error(`expected an UpstreamError, got ${String(error)}`);
  }
  return error;
}

async function fill(input: RsvpInput) {
  const session = await browsers.openSession();
  const context = { page: session.page, map, baseUrl: demo.url, input };
  return { session, context, preview: await fillToPreview(context) };
}

describe("the demo form map", () => {
  it("fills all three steps and previews before anything is sent", async () => {
    const { session, preview } = await fill(attendee());

    expect(preview.mimeType).toBe("image/webp");
    expect(preview.image.subarray(8, 12).toString("latin1")).toBe("WEBP");
    expect(session.page.url()).toContain("/register/review");
    expect(demo.registrations()).toHaveLength(0);
    await session.close();
  });

  it("submits on confirm and returns the site's code", async () => {
    const input = attendee();
    const { session, context } = await fill(input);
    const { number } = await submitFromPreview(context);
    await session.close();

    expect(number).toMatch(/^HPS27-[A-Z0-9]{6}$/);
    const received = demo.registrations().find((r) => r.email === input.email);
    expect(received).toMatchObject({
      accepted: true,
      confirmationNumber: number,
      country: "China",
      sessions: ["T1", "T2"],
      dietary: "veg",
      guests: 1,
    });
  });

  it("brings a duplicate e-mail back on our email field", async () => {
    const input = attendee();
    const first = await fill(input);
    await submitFromPreview(first.context);
    await first.session.close();
    const second = await fill({ ...input, firstName: "Other" });

    const error = await rejection(submitFromPreview(second.context));
    await second.session.close();
    expect(error.code).toBe("upstream_rejected");
    expect(Object.keys(error.details.fields ?? {})).toEqual(["email"]);
  });

  it("maps the site's server-side validation to our field", async () => {
    const error = await rejection(
      fill(attendee({ dietary: "other", dietaryNotes: undefined })),
    );

    expect(error.code).toBe("upstream_rejected");
    expect(Object.keys(error.details.fields ?? {})).toEqual(["dietaryNotes"]);
  });

  it("maps the browser's own validation to our field", async () => {
    const error = await rejection(fill(attendee({ phone: "+44 12" })));

    expect(error.code).toBe("upstream_rejected");
    expect(Object.keys(error.details.fields ?? {})).toEqual(["phone"]);
  });

  it("names the step when the site's form no longer matches the map", async () => {
    demo.setFaults({ renameField: "org_name" });
    const error = await rejection(fill(attendee()));
    demo.setFaults({ renameField: null });

    expect(error.code).toBe("upstream_changed");
    expect(error.details.step).toContain("#org_name");
  });
});

describe("browser confinement", () => {
  it("aborts any request to an origin the form map does not allow", async () => {
    const session = await browsers.openSession();
    const error = await session.page
      .goto("http://example.org/")
      .catch((e: unknown) => e);
    await session.close();

    expect(String(error)).toContain("ERR_BLOCKED_BY_CLIENT");
  });
});

describe("browser confinement on the site's own pages", () => {
  it("closes popups, refuses file URLs and dismisses dialogs", async () => {
    const session = await browsers.openSession();
    const { page } = session;
    await page.goto(demo.url);

    // An undismissed alert would block this evaluate for ever.
    await page.evaluate(() => {
      window.open("https://example.org/");
      alert("a dialog nobody answers");
    });
    // The popup is closed as soon as it opens, which takes a moment.
    await expect
      .poll(async () => (await page.browserContext().pages()).length)
      .toBe(1);
    const fileError = await page
      .goto("file:///etc/passwd")
      .then(() => "loaded")
      .catch((error: unknown) => String(error));
    await session.close();

    expect(fileError).not.toBe("loaded");
  });
});
