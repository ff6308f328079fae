import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with a salt, and verifies", async () => {
    const first = await hashPassword("un mot de passe solide");
    const second = await hashPassword("un mot de passe solide");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, "un mot de passe solide")).toBe(true);
    expect(await verifyPassword(first, "un mot de passe faux")).toBe(false);
  });

  it("treats canonically equivalent Unicode as the same password", async () => {
    const hash = await hashPassword("café"); // precomposed é
    expect(await verifyPassword(hash, "cafe\u0301")).toBe(true); // e + combining accent
  });

  it("answers false, not an exception, for a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
