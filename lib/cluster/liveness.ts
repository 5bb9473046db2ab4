import type { SessionStore } from "../store/types";
import { listLiveInstances } from "./heartbeat";

/**
 * Answers whether another process is alive, from heartbeats read at most
 * every `cacheMs`, so a page polling its status does not cost a store
 * round trip each time.
 */
export class Liveness {
  private live: Promise<Set<string>> | undefined;
  private readAtMs = 0;

  constructor(
    private readonly store: SessionStore,
    private readonly self: string,
    private readonly cacheMs = 2_000,
  ) {}

  async isAlive(owner: string): Promise<boolean> {
    if (owner === this.self) return true;

    return (await this.getLive()).has(owner);
  }

  private getLive(): Promise<Set<string>> {
    if (!this.live || Date.now() - this.readAtMs > this.cacheMs) {
      this.readAtMs = Date.now();
      this.live = listLiveInstances(this.store).then(
        (instances) =>
          new Set(
            instances
              .filter((instance) => !instance.draining)
              .map((instance) => instance.owner),
          ),
      );
    }

    return this.live;
  }
}
