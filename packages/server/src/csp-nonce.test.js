import { describe, expect, it } from "vitest";
import { cspNonce } from "./csp-nonce.js";

describe("cspNonce", () => {
  it("gives 16 bytes in base64, a different value every time, across refills of its pool", () => {
    const nonces = Array.from({ length: 1_000 }, () => cspNonce());
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
