import type { Page } from "puppeteer-core";
import { Cluster } from "puppeteer-cluster";
import { launchChromium } from "../../lib/browser/chromium";
import { confinePage, type Confinement } from "../../lib/browser/confine-page";
import type { RsvpInput } from "../../lib/rsvp/schema";
import type { FormMap } from "../../lib/upstream/form-map-schema";
import {
  getAllowedOrigins,
  loadFormMap,
} from "../../lib/upstream/load-form-map";
import {
  fillForm,
  fillToPreview,
  submitFromPreview,
  type Preview,
} from "../../lib/upstream/run-form-map";
import type { StepContext } from "../../lib/upstream/run-steps";

export interface JobStats {
  active: number;
  pending: number;
  maxConcurrent: number;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps functions in a
 * `__name` helper; the functions the runner sends into the page carry
 * that call along. The page gets a helper that does nothing. The service
 * itself is compiled by Next.js and needs none.
 */
const nameHelper = "globalThis.__name = (target) => target;";

interface Site {
  map: FormMap;
  baseUrl: string;
  confinement: Confinement;
}

/**
 * What a team reaching for puppeteer-cluster would write: one cluster in
 * CONCURRENCY_CONTEXT mode (one Chromium, an incognito context per task)
 * and two stateless tasks. The cluster closes a task's page when the task
 * returns, so the confirm replays the fill before it submits.
 */
export class ClusterTasks {
  readonly stats: JobStats;

  private constructor(
    private readonly cluster: Cluster<RsvpInput, unknown>,
    private readonly site: Site,
    slots: number,
  ) {
    this.stats = { active: 0, pending: 0, maxConcurrent: slots };
  }

  static async launch(options: { slots: number; baseUrl: string }) {
    const map = loadFormMap(undefined);
    const cluster = (await Cluster.launch({
      concurrency: Cluster.CONCURRENCY_CONTEXT,
      maxConcurrency: options.slots,
      // The same binary, flags and fonts as the service's own launch.
      puppeteer: {
        launch: () => launchChromium({ executablePath: undefined }),
      },
      timeout: map.timeouts.jobMs,
      retryLimit: 0,
    })) as Cluster<RsvpInput, unknown>;
    const confinement = {
      allowedOrigins: getAllowedOrigins(map, options.baseUrl),
      blockedResourceTypes: map.blockResources,
    };

    return new ClusterTasks(
      cluster,
      { map, baseUrl: options.baseUrl, confinement },
      options.slots,
    );
  }

  fill(input: RsvpInput): Promise<Preview> {
    return this.run((page) => fillToPreview(this.toContext(page, input)));
  }

  replayAndSubmit(input: RsvpInput): Promise<{ number: string }> {
    return this.run(async (page) => {
      const context = this.toContext(page, input);
      await fillForm(context);
      return submitFromPreview(context);
    });
  }

  close(): Promise<void> {
    return this.cluster.close();
  }

  /** Queues a task on the cluster and counts it for /api/health. */
  private async run<T>(work: (page: Page) => Promise<T>): Promise<T> {
    this.stats.pending += 1;
    let isStarted = false;
    try {
      const result = await this.cluster.execute(async ({ page }) => {
        isStarted = true;
        this.stats.pending -= 1;
        this.stats.active += 1;
        try {
          await confinePage(page, this.site.confinement);
          await page.evaluateOnNewDocument(nameHelper);
          return await work(page);
        } finally {
          this.stats.active -= 1;
        }
      });
      return result as T;
    } finally {
      if (!isStarted) this.stats.pending -= 1;
    }
  }

  private toContext(page: Page, input: RsvpInput): StepContext {
    const { map, baseUrl } = this.site;
    return {
      page,
      map,
      baseUrl,
      input,
      signal: AbortSignal.timeout(map.timeouts.jobMs),
    };
  }
}
