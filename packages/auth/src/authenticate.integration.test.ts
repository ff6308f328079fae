import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "./authenticate";
import { createTestUser } from "./testing";

describe("authenticateWithPassword", () => {
  const database = useTestDatabase("authenticate");

  it("returns the user for the right password, whatever the email's case and spaces", async () => {
    const user = await createTestUser(database.db, { email: "camille@example.test", role: "MANAGER" });
    const found = await authenticateWithPassword(database.db, {
      email: "  Camille@Example.TEST ",
      password: user.password!,
    });
    expect(found).toEqual({
      id: user.id,
      email: "camille@example.test",
      name: null,
      role: "MANAGER",
      locale: "fr",
    });
  });

  it("returns null for a wrong password, an unknown email, a password-less or deactivated account", async () => {
    const user = await createTestUser(database.db);
    const noPassword = await createTestUser(database.db, { password: null });
    const gone = await createTestUser(database.db, { deactivated: true });
    expect(await authenticateWithPassword(database.db, { email: user.email, password: "wrong" })).toBeNull();
    expect(
      await authenticateWithPassword(database.db, { email: "nobody@example.test", password: "x" }),
    ).toBeNull();
    expect(await authenticateWithPassword(database.db, { email: noPassword.email, password: "" })).toBeNull();
    expect(
      await authenticateWithPassword(database.db, { email: gone.email, password: gone.password! }),
    ).toBeNull();
  });
});
