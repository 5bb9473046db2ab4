import { afterEach, describe, expect, it } from "vitest";
import { BrowserPool } from "./browser-pool";
import { getExecutablePath } from "./chromium";

/** The browser pool with a real Chromium. */
const pools: BrowserPool[] = [];

function createPool(): BrowserPool {
  const pool = new BrowserPool({
    executablePath: undefined,
    mode: "shared",
    confinement: { allowedOrigins: [], blockedResourceTypes: [] },
  });
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe("BrowserPool", () => {
  it("extracts the bundled binary once for two first callers", async () => {
    const [first, second] = [
      getExecutablePath(undefined),
      getExecutablePath(undefined),
    ];

    expect(first).toBe(second);
    expect(await first).toMatch(/chromium$/);
  });

  it("launches one browser for two sessions opened at once", async () => {
    const pool = createPool();
    const sessions = await Promise.all([
      pool.openSession(),
      pool.openSession(),
    ]);

    expect(pool.launches).toBe(1);
    expect(sessions[0]?.page.browserContext()).not.toBe(
      sessions[1]?.page.browserContext(),
    );
    await Promise.all(sessions.map((session) => session.close()));
  });

  it("relaunches a browser that crashed, on next use", async () => {
    const pool = createPool();
    await pool.warm();
    const pid = await pool.getPid();
    process.kill(pid ?? 0, "SIGKILL");
    await expect.poll(() => pool.crashes).toBe(1);

    const session = await pool.openSession();
    expect(pool.launches).toBe(2);
    expect(await pool.getPid()).not.toBe(pid);
    await session.close();
  });

  it("renders Chinese, Japanese, Korean, Arabic and Cyrillic names", async () => {
    const pool = createPool();
    const session = await pool.openSession();
    const { page } = session;
    const samples = {
      zh: { text: "王小明", font: /Noto Sans SC/ },
      ja: { text: "さくら", font: /Noto Sans (SC|JP)/ },
      ko: { text: "김민준", font: /Noto Sans KR/ },
      ar: { text: "محمد", font: /Noto Sans Arabic/ },
      ru: { text: "Ольга", font: /Open Sans/ },
    };
    await page.setContent(
      Object.entries(samples)
        .map(([lang, { text }]) => `<p id="${lang}" lang="${lang}">${text}</p>`)
        .join(""),
    );
    const cdp = await page.createCDPSession();
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");

    for (const [lang, { text, font }] of Object.entries(samples)) {
      const { nodeId } = await cdp.send("DOM.querySelector", {
        nodeId: root.nodeId,
        selector: `#${lang}`,
      });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", {
        nodeId,
      });
      // Every glyph came from the bundled fonts, not a fallback box.
      const glyphs = fonts.reduce((sum, used) => sum + used.glyphCount, 0);
      expect(glyphs, lang).toBe([...text].length);
      expect(fonts.map((used) => used.familyName).join(), lang).toMatch(font);
    }
    await session.close();
  });
});
