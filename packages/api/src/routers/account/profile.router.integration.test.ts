import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { outsiders, refusal, storefrontCustomer } from "./account-test-kit";

describe("account.profile", () => {
  const database = useTestDatabase("api_account_profile");

  it("shows the customer's own profile, without any secret", async () => {
    const { user, api } = await storefrontCustomer(database.db);
    const profile = await api.account.profile.get();
    expect(profile).toEqual({
      id: user.id,
      email: user.email,
      name: null,
      locale: "fr",
      emailVerifiedAt: expect.toSatisfy((value) => value === null || value instanceof Date),
      hasPassword: true,
      createdAt: expect.any(Date),
    });
    expect(Object.keys(profile)).not.toContain("passwordHash");
    const magicLinkOnly = await storefrontCustomer(database.db, { password: null });
    expect(await magicLinkOnly.api.account.profile.get()).toMatchObject({ hasPassword: false });
  });

  it("updates the name and the language; an empty name clears it", async () => {
    const { user, api } = await storefrontCustomer(database.db);
    expect(await api.account.profile.update({ name: "  Camille Martin ", locale: "en" })).toMatchObject({
      id: user.id,
      name: "Camille Martin",
      locale: "en",
    });
    expect(await api.account.profile.update({ name: "", locale: "fr" })).toMatchObject({
      name: null,
      locale: "fr",
    });
  });

  it("refuses a name over 100 characters and an unknown language with field errors, changing nothing", async () => {
    const { user, api } = await storefrontCustomer(database.db);
    await api.account.profile.update({ name: "Camille", locale: "fr" });
    expect(await refusal(api.account.profile.update({ name: "x".repeat(101), locale: "en" }))).toEqual({
      code: "BAD_REQUEST",
      domain: null,
      fields: { name: ["validation.too_long"] },
    });
    expect(await refusal(api.account.profile.update({ name: "Alex", locale: "de" as "fr" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { locale: ["validation.locale"] },
    });
    expect(
      await database.db.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { name: true, locale: true },
      }),
    ).toEqual({ name: "Camille", locale: "fr" });
  });

  it("answers UNAUTHORIZED without a session and FORBIDDEN to an admin session", async () => {
    const { anonymous, admin } = await outsiders(database.db);
    for (const api of [anonymous, admin]) {
      const expected = api === anonymous ? "UNAUTHORIZED" : "FORBIDDEN";
      expect((await refusal(api.account.profile.get())).code).toBe(expected);
      expect((await refusal(api.account.profile.update({ name: "X", locale: "fr" }))).code).toBe(expected);
    }
  });
});
