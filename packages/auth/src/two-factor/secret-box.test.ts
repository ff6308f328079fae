import { describe, expect, it } from "vitest";
import { DEVELOPMENT_TOTP_ENCRYPTION_KEY, totpEncryptionKey } from "../env";
import { decryptTotpSecret, deriveTotpKey, encryptTotpSecret } from "./secret-box";

describe("TOTP secrets at rest", () => {
  const key = deriveTotpKey("a-test-key-of-at-least-thirty-two-characters");

  it("round-trips, with a fresh IV each time", () => {
    const first = encryptTotpSecret("JBSWY3DPEHPK3PXP", "user-1", key);
    const second = encryptTotpSecret("JBSWY3DPEHPK3PXP", "user-1", key);
    expect(first).not.toBe(second);
    expect(first).not.toContain("JBSWY3DPEHPK3PXP");
    expect(decryptTotpSecret(first, "user-1", key)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("does not decrypt with another key, for another account, or once tampered with", () => {
    const stored = encryptTotpSecret("JBSWY3DPEHPK3PXP", "user-1", key);
    expect(
      decryptTotpSecret(stored, "user-1", deriveTotpKey("another-key-of-at-least-thirty-two-chars")),
    ).toBeNull();
    expect(decryptTotpSecret(stored, "user-2", key)).toBeNull();
    // Flip one bit of the ciphertext's first byte (editing base64 text could leave the bytes as they were).
    const parts = stored.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString("base64url");
    expect(decryptTotpSecret(parts.join("."), "user-1", key)).toBeNull();
    expect(decryptTotpSecret("not-encrypted", "user-1", key)).toBeNull();
  });

  it("uses the development key outside production only", () => {
    expect(totpEncryptionKey({ NODE_ENV: "development", TOTP_ENCRYPTION_KEY: undefined })).toBe(
      DEVELOPMENT_TOTP_ENCRYPTION_KEY,
    );
    for (const missing of [undefined, "too-short", DEVELOPMENT_TOTP_ENCRYPTION_KEY]) {
      expect(() => totpEncryptionKey({ NODE_ENV: "production", TOTP_ENCRYPTION_KEY: missing })).toThrow(
        /TOTP_ENCRYPTION_KEY/,
      );
    }
    const strong = "x".repeat(40);
    expect(totpEncryptionKey({ NODE_ENV: "production", TOTP_ENCRYPTION_KEY: strong })).toBe(strong);
  });
});
