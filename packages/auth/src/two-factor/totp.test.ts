import { describe, expect, it } from "vitest";
import { normalizeRecoveryCode } from "./recovery-codes";
import { currentTotpCode, matchTotpCode, newTotpSecret, normalizeTotpCode } from "./totp";

describe("TOTP codes", () => {
  const secret = newTotpSecret();
  const now = new Date("2026-12-06T10:00:10Z");
  const step = Math.floor(now.getTime() / 30_000);

  it("accepts the current code and the previous step's, not older or future ones", async () => {
    expect(await matchTotpCode(secret, await currentTotpCode(secret, now), { now })).toBe(step);
    const previous = await currentTotpCode(secret, new Date(now.getTime() - 30_000));
    expect(await matchTotpCode(secret, previous, { now })).toBe(step - 1);
    expect(
      await matchTotpCode(secret, await currentTotpCode(secret, new Date(now.getTime() - 90_000)), { now }),
    ).toBeNull();
    expect(
      await matchTotpCode(secret, await currentTotpCode(secret, new Date(now.getTime() + 60_000)), { now }),
    ).toBeNull();
  });

  it("refuses a code of a step already used", async () => {
    const code = await currentTotpCode(secret, now);
    expect(await matchTotpCode(secret, code, { now, afterStep: step })).toBeNull();
    expect(await matchTotpCode(secret, code, { now, afterStep: step - 1 })).toBe(step);
  });

  it("reads codes typed with spaces, and nothing else", () => {
    expect(normalizeTotpCode(" 123 456 ")).toBe("123456");
    expect(normalizeTotpCode("12345")).toBeNull();
    expect(normalizeTotpCode("abcdef")).toBeNull();
    expect(normalizeRecoveryCode("ABCDE FGHJK")).toBe("abcde-fghjk");
    expect(normalizeRecoveryCode("abcde-fghj")).toBeNull();
  });
});
