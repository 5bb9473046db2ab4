import type { Browser, Page } from "puppeteer-core";
import { launchChromium } from "./chromium";
import { lowerBrowserPriority } from "./lower-priority";
import { confinePage, type Confinement } from "./confine-page";
import { parkPage, resumePage } from "./park-page";

/** A page of its own for one RSVP; close() frees everything behind it. */
export interface BrowserSession {
  page: Page;
  close(): Promise<void>;
  /** Shrinks an idle page to wait for the attendee; never throws. */
  park(): Promise<void>;
  /** Undoes park() (waiting for one under way) before the page is used. */
  resume(): Promise<void>;
}

export interface BrowserPoolOptions {
  executablePath: string | undefined;
  /**
   * "shared": one Chromium, an incognito context per RSVP (~15-20 MB).
   * "per-rsvp": a Chromium per RSVP, as the first design did (~50-150 MB);
   * kept only so the benchmark can compare the two with all else equal.
   */
  mode: "shared" | "per-rsvp";
  confinement: Confinement;
  onEvent?: (event: "launch" | "disconnect") => void;
}

/**
 * One Chromium per instance, launched on first use and relaunched on the
 * next use after it crashed.
 */
export class BrowserPool {
  private browser: Promise<Browser> | undefined;
  private readonly perRsvpBrowsers = new Set<Browser>();
  private closing = false;
  private lastLaunchFailed = false;
  private lastLowered = Number.NEGATIVE_INFINITY;
  launches = 0;
  crashes = 0;

  constructor(private readonly options: BrowserPoolOptions) {}

  async openSession(): Promise<BrowserSession> {
    if (this.closing) throw new Error("The browser pool is closing");
    if (this.options.mode === "per-rsvp") return this.openOwnBrowser();

    const browser = await this.getConnectedBrowser();
    const context = await browser.createBrowserContext({
      downloadBehavior: { policy: "deny" },
    });
    try {
      const page = await context.newPage();
      await confinePage(page, this.options.confinement);
      this.lowerPriority(browser);
      return toSession(page, () => context.close().catch(() => undefined));
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  /** Starts the browser ahead of the first attendee. */
  async warm(): Promise<void> {
    if (this.options.mode === "shared") await this.getConnectedBrowser();
  }

  /** "failed" from a failed launch until the next one succeeds. */
  get state(): "not started" | "running" | "failed" {
    if (this.lastLaunchFailed) return "failed";
    return this.browser ? "running" : "not started";
  }

  /** The browser's process id, when one is running. */
  async getPid(): Promise<number | undefined> {
    const browser = await this.browser?.catch(() => undefined);
    return browser?.process()?.pid;
  }

  async close(): Promise<void> {
    this.closing = true;
    const browsers = [...this.perRsvpBrowsers];
    const shared = await this.browser?.catch(() => undefined);
    if (shared) browsers.push(shared);
    this.browser = undefined;
    await Promise.all(browsers.map((browser) => closeBrowser(browser)));
  }

  /**
   * The running browser, relaunched when it died: the "disconnected" event
   * can arrive after a job already asked for the browser again.
   */
  private async getConnectedBrowser(): Promise<Browser> {
    const browser = await this.getBrowser();
    if (browser.connected) return browser;

    if (this.browser && (await this.browser) === browser) {
      this.browser = undefined;
    }
    return this.getBrowser();
  }

  private getBrowser(): Promise<Browser> {
    this.browser ??= this.launch().then(
      (browser) => {
        this.lastLaunchFailed = false;
        return browser;
      },
      (error: unknown) => {
        this.lastLaunchFailed = true;
        this.browser = undefined;
        throw error;
      },
    );

    return this.browser;
  }

  private async launch(): Promise<Browser> {
    const browser = await launchChromium(this.options);
    this.launches += 1;
    this.options.onEvent?.("launch");
    browser.once("disconnected", () => {
      if (this.closing) return;
      this.crashes += 1;
      this.browser = undefined;
      this.options.onEvent?.("disconnect");
    });

    return browser;
  }

  /**
   * At most every two seconds: the walk reads all of /proc, and a thread
   * Chromium raised in the meantime is lowered on the next walk.
   */
  private lowerPriority(browser: Browser): void {
    const now = performance.now();
    if (now - this.lastLowered < 2_000) return;

    this.lastLowered = now;
    void lowerPriorityOf(browser);
  }

  private async openOwnBrowser(): Promise<BrowserSession> {
    const browser = await launchChromium(this.options);
    this.launches += 1;
    this.perRsvpBrowsers.add(browser);
    const close = async () => {
      this.perRsvpBrowsers.delete(browser);
      await closeBrowser(browser);
    };
    try {
      const page = await browser.newPage();
      await confinePage(page, this.options.confinement);
      return toSession(page, close);
    } catch (error) {
      await close();
      throw error;
    }
  }
}

/** Reaches the renderer a new page brought, and threads started since. */
async function lowerPriorityOf(browser: Browser): Promise<void> {
  const pid = browser.process()?.pid;
  if (pid) await lowerBrowserPriority(pid).catch(() => undefined);
}

function toSession(page: Page, close: () => Promise<void>): BrowserSession {
  let parking = Promise.resolve();

  return {
    page,
    close,
    park() {
      parking = parkPage(page).catch(() => undefined);
      return parking;
    },
    async resume() {
      await parking;
      await resumePage(page);
    },
  };
}

async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await browser.close();
  } catch {
    browser.process()?.kill("SIGKILL");
  }
}
