import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createCustomer } from "../testing";
import { getProfile } from "./get-profile";
import { updateProfile } from "./update-profile";

describe("the profile", () => {
  const database = useTestDatabase("customers_profile");

  it("tells whether the account has a password without ever returning its hash", async () => {
    const magicLinkOnly = await createCustomer(database.db);
    const withPassword = await database.db.user.create({
      data: { email: "camille@example.test", passwordHash: "$argon2id$not-a-real-hash", name: "Camille" },
      select: { id: true },
    });
    expect(await getProfile(database.db, magicLinkOnly.id)).toEqual({
      id: magicLinkOnly.id,
      email: magicLinkOnly.email,
      name: null,
      locale: "fr",
      emailVerifiedAt: null,
      hasPassword: false,
      createdAt: expect.any(Date),
    });
    const profile = await getProfile(database.db, withPassword.id);
    expect(profile).toMatchObject({ name: "Camille", hasPassword: true });
    expect(JSON.stringify(profile)).not.toContain("argon2");
  });

  it("changes the name and the language, and clears the name with null", async () => {
    const customer = await createCustomer(database.db);
    expect(await updateProfile(database.db, customer.id, { name: "Alex", locale: "en" })).toMatchObject({
      name: "Alex",
      locale: "en",
    });
    expect(await updateProfile(database.db, customer.id, { name: null, locale: "fr" })).toMatchObject({
      name: null,
      locale: "fr",
    });
  });

  it("answers NOT_FOUND for an account that no longer exists", async () => {
    const error = await updateProfile(database.db, "gone", { name: "X", locale: "fr" }).catch(
      (caught: unknown) => caught,
    );
    expect(isDomainError(error, "NOT_FOUND")).toBe(true);
  });
});
