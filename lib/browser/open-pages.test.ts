import { describe, expect, it } from "vitest";
import type { BrowserSession } from "./browser-pool";
import { OpenPages } from "./open-pages";

function fakeSession(closed: string[], name: string): BrowserSession {
  return {
    page: {} as BrowserSession["page"],
    close: () => {
      closed.push(name);
      return Promise.resolve();
    },
    park: () => Promise.resolve(),
    resume: () => Promise.resolve(),
  };
}

describe("OpenPages", () => {
  it("closes the least recently held page past the budget", () => {
    const closed: string[] = [];
    const pages = new OpenPages(2);
    pages.hold("a", fakeSession(closed, "a"));
    pages.hold("b", fakeSession(closed, "b"));
    pages.hold("c", fakeSession(closed, "c"));

    expect(closed).toEqual(["a"]);
    expect(pages.ids()).toEqual(["b", "c"]);
    expect(pages.evictions).toBe(1);
  });

  it("keeps nothing with a budget of zero", () => {
    const closed: string[] = [];
    const pages = new OpenPages(0);
    pages.hold("a", fakeSession(closed, "a"));

    expect(closed).toEqual(["a"]);
    expect(pages.size).toBe(0);
  });

  it("hands a page over without closing it", () => {
    const closed: string[] = [];
    const pages = new OpenPages(2);
    pages.hold("a", fakeSession(closed, "a"));

    expect(pages.take("a")).toBeDefined();
    expect(pages.has("a")).toBe(false);
    expect(closed).toEqual([]);
  });
});
