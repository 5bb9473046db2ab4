import { describe, expect, it } from "vitest";
import { QueueFullError, Semaphore } from "./semaphore";

describe("Semaphore", () => {
  it("runs at most `limit` holders at once", async () => {
    const semaphore = new Semaphore({ limit: 2, maxWaiting: 5 });
    await semaphore.acquire();
    await semaphore.acquire();
    const third = semaphore.acquire();

    expect(semaphore.stats).toMatchObject({ active: 2, pending: 1 });
    const waiting = Promise.resolve("waiting");
    expect(await Promise.race([third, waiting])).toBe("waiting");
  });

  it("grants slots in arrival order", async () => {
    const semaphore = new Semaphore({ limit: 1, maxWaiting: 5 });
    const release = await semaphore.acquire();
    const order: string[] = [];
    const waiters = ["a", "b", "c"].map((name) =>
      semaphore.acquire().then((next) => {
        order.push(name);
        next();
      }),
    );
    release();
    await Promise.all(waiters);

    expect(order).toEqual(["a", "b", "c"]);
    expect(semaphore.stats).toMatchObject({ active: 0, pending: 0 });
  });

  it("refuses a job when the queue is full", async () => {
    const semaphore = new Semaphore({ limit: 1, maxWaiting: 1 });
    await semaphore.acquire();
    void semaphore.acquire();

    expect(semaphore.isFull).toBe(true);
    await expect(semaphore.acquire()).rejects.toBeInstanceOf(QueueFullError);
  });

  it("lets a priority waiter past the ordinary ones and past a full line", async () => {
    const semaphore = new Semaphore({ limit: 1, maxWaiting: 1 });
    const release = await semaphore.acquire();
    const order: string[] = [];
    const ordinary = semaphore.acquire().then((next) => {
      order.push("ordinary");
      next();
    });
    const urgent = semaphore.acquire({ priority: true }).then((next) => {
      order.push("priority");
      next();
    });
    release();
    await Promise.all([ordinary, urgent]);

    expect(order).toEqual(["priority", "ordinary"]);
  });

  it("drops a cancelled waiter without ever giving it a slot", async () => {
    const semaphore = new Semaphore({ limit: 1, maxWaiting: 5 });
    const release = await semaphore.acquire();
    const controller = new AbortController();
    const cancelled = semaphore.acquire({ signal: controller.signal });
    const next = semaphore.acquire();
    controller.abort(new Error("cancelled"));

    await expect(cancelled).rejects.toThrow("cancelled");
    expect(semaphore.stats.pending).toBe(1);
    release();
    (await next)();
    expect(semaphore.stats).toMatchObject({ active: 0, pending: 0 });
  });

  it("refuses at once when the signal is already aborted", async () => {
    const semaphore = new Semaphore({ limit: 1, maxWaiting: 5 });

    await expect(
      semaphore.acquire({ signal: AbortSignal.abort(new Error("gone")) }),
    ).rejects.toThrow("gone");
    expect(semaphore.stats.active).toBe(0);
  });

  it("ignores a second release of the same slot", async () => {
    const semaphore = new Semaphore({ limit: 2, maxWaiting: 0 });
    const release = await semaphore.acquire();
    await semaphore.acquire();
    release();
    release();

    expect(semaphore.stats.active).toBe(1);
  });

  it("reports the position of a named waiter", async () => {
    const semaphore = new Semaphore({ limit: 1, maxWaiting: 5 });
    await semaphore.acquire({ key: "running" });
    void semaphore.acquire({ key: "first" });
    void semaphore.acquire({ key: "second" });

    expect(semaphore.positionOf("second")).toBe(1);
    expect(semaphore.positionOf("running")).toBeNull();
    expect(semaphore.nextPosition).toBe(2);
  });
});
