import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../store/memory-store";
import { RedisStore } from "../store/redis-store";
import { makeSession } from "../store/testing/make-session";
import { sendToRedis } from "../store/testing/read-key-ttls";
import {
  startRedisServer,
  type TestRedisServer,
} from "../store/testing/redis-server";
import type { RsvpSession, SessionStore } from "../store/types";
import type { RsvpStatus } from "../rsvp/status";
import { listSubmissions, submissionsQuerySchema } from "./submissions";
import { encodeCursor } from "./cursor";

const query = (input: Record<string, unknown> = {}) =>
  submissionsQuerySchema.parse(input);

/** Writes an RSVP created at `createdAtMs` with the given status. */
async function putAt(
  store: SessionStore,
  options: { n: number; createdAtMs: number; status?: RsvpStatus },
): Promise<RsvpSession> {
  const id = `id${String(options.n).padStart(4, "0")}`.padEnd(22, "x");
  const at = new Date(options.createdAtMs).toISOString();
  const session: RsvpSession = {
    ...makeSession(id),
    status: options.status ?? "queued",
    createdAt: at,
    updatedAt: at,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
  };
  await store.putRsvp(session, { expectedVersion: 0, ttlSeconds: 600 });

  return session;
}

/** Follows nextCursor to the end and answers every id seen, in order. */
async function readAll(store: SessionStore, input: Record<string, unknown>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const result = await listSubmissions(store, query({ ...input, cursor }));
    ids.push(...result.items.map((item) => item.id));
    if (!result.nextCursor) return ids;
    cursor = result.nextCursor;
  }
  throw new Error("the listing never ended");
}

describe("listing submissions", () => {
  it("answers newest first, a page at a time, each RSVP once", async () => {
    const store = new MemoryStore();
    const base = Date.now() - 60_000;
    for (let n = 0; n < 7; n += 1) {
      await putAt(store, { n, createdAtMs: base + n * 10 });
    }

    const first = await listSubmissions(store, query({ limit: 3 }));
    const all = await readAll(store, { limit: 3 });

    expect(first.items.map((item) => item.id.slice(0, 6))).toEqual([
      "id0006",
      "id0005",
      "id0004",
    ]);
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
  });

  it("neither skips nor repeats RSVPs created in the same millisecond", async () => {
    const store = new MemoryStore();
    const at = Date.now() - 60_000;
    for (let n = 0; n < 9; n += 1) {
      await putAt(store, { n, createdAtMs: n < 6 ? at : at - 5 });
    }

    const all = await readAll(store, { limit: 2 });

    expect(all).toHaveLength(9);
    expect(new Set(all).size).toBe(9);
  });

  it("filters by status across pages", async () => {
    const store = new MemoryStore();
    const base = Date.now() - 60_000;
    for (let n = 0; n < 12; n += 1) {
      const status = n % 3 === 0 ? "confirmed" : "failed";
      await putAt(store, { n, createdAtMs: base + n, status });
    }

    const confirmed = await readAll(store, { status: "confirmed", limit: 2 });

    expect(confirmed.map((id) => id.slice(0, 6))).toEqual([
      "id0009",
      "id0006",
      "id0003",
      "id0000",
    ]);
  });

  it("shows a lapsed preview as expired", async () => {
    const store = new MemoryStore();
    const session = await putAt(store, {
      n: 1,
      createdAtMs: Date.now() - 1_000,
      status: "preview",
    });
    await store.putRsvp(
      {
        ...session,
        version: 2,
        expiresAt: new Date(Date.now() - 1).toISOString(),
      },
      { expectedVersion: 1, ttlSeconds: 600 },
    );

    const page = await listSubmissions(store, query({ status: "expired" }));

    expect(page.items.map((item) => item.status)).toEqual(["expired"]);
  });

  it("answers name, e-mail, company and confirmation per API.md", async () => {
    const store = new MemoryStore();
    await putAt(store, { n: 1, createdAtMs: Date.now() - 1_000 });

    const [item] = (await listSubmissions(store, query())).items;

    expect(Object.keys(item ?? {}).sort()).toEqual(
      [
        "company",
        "confirmation",
        "createdAt",
        "email",
        "id",
        "name",
        "status",
        "updatedAt",
      ].sort(),
    );
    expect(item).toMatchObject({
      name: "Ada Lovelace",
      company: "Analytical Engines",
    });
  });

  it("refuses a cursor it did not make", async () => {
    const store = new MemoryStore();

    await expect(
      listSubmissions(store, query({ cursor: "not-a-cursor" })),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(
      listSubmissions(
        store,
        query({ cursor: Buffer.from('{"t":-1}').toString("base64url") }),
      ),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(encodeCursor({ beforeMs: 5, seen: [] })).toMatch(/^[\w-]+$/);
  });
});

describe("the query of GET /api/staff/submissions", () => {
  it("defaults to 25 and accepts 1 to 100", () => {
    expect(query().limit).toBe(25);
    expect(query({ limit: "100" }).limit).toBe(100);
    for (const limit of ["0", "101", "2.5", "ten"]) {
      expect(submissionsQuerySchema.safeParse({ limit }).success).toBe(false);
    }
  });

  it("refuses an unknown status and unknown parameters", () => {
    expect(submissionsQuerySchema.safeParse({ status: "won" }).success).toBe(
      false,
    );
    expect(submissionsQuerySchema.safeParse({ sort: "asc" }).success).toBe(
      false,
    );
  });
});

describe("listing from two instances sharing a real redis-server", () => {
  let server: TestRedisServer;
  let stores: RedisStore[] = [];
  const prefix = `staff:${randomUUID()}:`;

  beforeAll(async () => {
    server = await startRedisServer();
    stores = [1, 2].map(() => new RedisStore({ url: server.url, prefix }));
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await server?.stop();
  });

  it("lists what each instance wrote, newest first, from either", async () => {
    const [one, two] = stores as [RedisStore, RedisStore];
    const base = Date.now() - 60_000;
    for (let n = 0; n < 6; n += 1) {
      await putAt(n % 2 === 0 ? one : two, { n, createdAtMs: base + n });
    }

    const fromOne = await readAll(one, { limit: 4 });
    const fromTwo = await readAll(two, { limit: 4 });

    expect(fromOne.map((id) => id.slice(0, 6))).toEqual([
      "id0005",
      "id0004",
      "id0003",
      "id0002",
      "id0001",
      "id0000",
    ]);
    expect(fromTwo).toEqual(fromOne);
  });

  it("leaves out a record it cannot read and lists the rest", async () => {
    const [one] = stores as [RedisStore];
    const base = Date.now() - 30_000;
    const good = await putAt(one, { n: 101, createdAtMs: base });
    const bad = await putAt(one, { n: 102, createdAtMs: base + 1 });
    await sendToRedis(server.url, ["SET", `${prefix}rsvp:${bad.id}`, "{"]);

    const page = await listSubmissions(one, query({ limit: 100 }));

    const ids = page.items.map((item) => item.id);
    expect(ids).toContain(good.id);
    expect(ids).not.toContain(bad.id);
  });
});
