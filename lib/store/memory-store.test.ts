import { describe, expect, it } from "vitest";
import { MemoryStore } from "./memory-store";
import { describeStoreContract } from "./store-contract";

let clock = Date.now();
const advance = (ms: number) => {
  clock += ms;
  return Promise.resolve();
};

describeStoreContract(
  "memory",
  () => Promise.resolve(new MemoryStore(() => clock)),
  advance,
);

describe("MemoryStore sweep", () => {
  it("removes expired entries of every kind", async () => {
    let now = 1_000_000;
    const store = new MemoryStore(() => now);
    await store.putPreview("p", Buffer.from("x"), 1);
    await store.incrementCounter("c", 1);
    await store.acquireLock("l", 500);
    now += 2_000;

    expect(store.sweep()).toBe(3);
    expect(store.sweep()).toBe(0);
  });
});
