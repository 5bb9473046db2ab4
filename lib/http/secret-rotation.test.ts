import { sealData, unsealData } from "iron-session";
import { describe, expect, it } from "vitest";
import { parseSessionSecrets } from "../session-secrets";
import { toPasswordMap } from "./owner-session";

const older = "o".repeat(32);
const newer = "n".repeat(32);

function passwords(value: string) {
  return toPasswordMap(parseSessionSecrets(value).secrets);
}

async function reseal(sealWith: string, openWith: string) {
  const seal = await sealData({ ok: true }, { password: passwords(sealWith) });
  return unsealData<{ ok?: boolean }>(seal, { password: passwords(openWith) });
}

describe("SESSION_SECRET rotation", () => {
  it("still opens cookies sealed with the previous secret", async () => {
    expect((await reseal(older, `${newer},${older}`)).ok).toBe(true);
  });

  it("seals with the newest secret once one is added in front", async () => {
    const sealedDuring = `2:${newer},1:${older}`;

    expect((await reseal(sealedDuring, `2:${newer}`)).ok).toBe(true);
  });

  it("opens nothing once the sealing secret is retired", async () => {
    expect((await reseal(older, newer)).ok).toBeUndefined();
  });

  it("refuses numbers given twice", () => {
    expect(parseSessionSecrets(`1:${newer},1:${older}`).problems).toEqual([
      expect.stringMatching(/distinct positive numbers/),
    ]);
  });
});
