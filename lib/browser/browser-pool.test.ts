import { readdirSync, readFileSync } from "node:fs";
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

  it("parks a held page frozen and resumes it ready to drive", async () => {
    const pool = createPool();
    const session = await pool.openSession();
    const { page } = session;
    await page.setContent(
      `<input id="name"><script>window.seen = [];
      for (const name of ["freeze", "resume"])
        document.addEventListener(name, () => seen.push(name));</script>`,
    );

    await session.park();
    await session.resume();

    expect(await page.evaluate("window.seen")).toEqual(["freeze", "resume"]);
    await page.type("#name", "Ana");
    expect(
      await page.$eval("#name", (input) => (input as HTMLInputElement).value),
    ).toBe("Ana");
    await session.close();
  });

  it("runs every thread of Chromium below the web server's priority", async () => {
    const pool = createPool();
    const session = await pool.openSession();
    await session.page.setContent("<p>Ana</p>");
    await session.page.screenshot();

    const pid = await pool.getPid();
    await expect.poll(() => listTreeNiceness(pid ?? 0)).toEqual([19]);
    await session.close();
  });
});

/** The distinct nice values of every thread of a process and its tree. */
function listTreeNiceness(root: number): number[] {
  const pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  const tree = [String(root)];
  for (let index = 0; index < tree.length; index += 1) {
    tree.push(...pids.filter((pid) => readStat(pid)[1] === tree[index]));
  }
  const values = tree.flatMap((pid) =>
    readTasks(pid).map((tid) => Number(readStat(`${pid}/task/${tid}`)[16])),
  );

  return [...new Set(values.filter((value) => !Number.isNaN(value)))];
}

/** The fields of /proc/<path>/stat after the command name; [] if gone. */
function readStat(path: string): string[] {
  try {
    const text = readFileSync(`/proc/${path}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return [];
  }
}

function readTasks(pid: string): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}
