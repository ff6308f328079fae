// The profile and password pages' actions against the real API: what each form changes, and that a
// refused form changes nothing and says why beside the field.
import { verifyPassword } from "@comptoir/auth";
import { describe, expect, it } from "vitest";
import type { AccountFormReply } from "./account-form";
import { passwordAction } from "./account-password.server";
import { profileAction, profilePageData } from "./account-profile.server";
import { TEST_PASSWORD, useAccountTestShop } from "./account-test-shop.server";

const shop = useAccountTestShop("storefront_account_profile");
const NEW_PASSWORD = "amber-quarry-whistle-58";

const userRow = (id: string) =>
  shop.db.user.findUniqueOrThrow({
    where: { id },
    select: { name: true, locale: true, email: true, passwordHash: true },
  });

describe("the profile page", () => {
  it("saves the name and language, and moves to the page in that language with the preference", async () => {
    const { user, browser } = await shop.customer();
    const answer = await browser.post(
      "/fr/compte/profil",
      { intent: "profile", name: "  Camille Martin ", locale: "en" },
      profileAction,
    );
    expect(answer.status).toBe(303);
    expect(answer.location).toBe("/en/account/profile?done=profile");
    expect(answer.headers.get("Set-Cookie")).toContain("comptoir_lang=en; Path=/");
    expect(await userRow(user.id)).toMatchObject({ name: "Camille Martin", locale: "en" });

    const page = await browser.get<{ profile: { name: string; locale: string; hasPassword: boolean } }>(
      "/en/account/profile?done=profile",
      profilePageData,
    );
    expect(page.data?.profile).toMatchObject({ name: "Camille Martin", locale: "en", hasPassword: true });
  });

  it("refuses a language it does not have, beside the field, and changes nothing", async () => {
    const { user, browser } = await shop.customer({ name: "Camille" });
    const answer = await browser.post<AccountFormReply>(
      "/fr/compte/profil",
      { intent: "profile", name: "x".repeat(101), locale: "de" },
      profileAction,
    );
    expect(answer.status).toBe(400);
    expect(answer.data).toMatchObject({
      intent: "profile",
      result: { error: { name: ["validation.too_long"], locale: ["validation.locale"] } },
    });
    expect(await userRow(user.id)).toMatchObject({ name: "Camille", locale: "fr" });
  });

  it("asks the current password before sending the link to a new address", async () => {
    const { user, browser } = await shop.customer();
    const wrong = await browser.post<AccountFormReply>(
      "/fr/compte/profil",
      { intent: "email", newEmail: "nouvelle@example.test", currentPassword: "not-my-password" },
      profileAction,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data?.result.error).toEqual({ currentPassword: ["PASSWORD_INCORRECT"] });
    // The password typed is never sent back to the page.
    expect(JSON.stringify(wrong.data)).not.toContain("not-my-password");
    expect(browser.emails).toHaveLength(0);

    const right = await browser.post<AccountFormReply<{ sentTo: string }>>(
      "/fr/compte/profil",
      { intent: "email", newEmail: " Nouvelle@Example.test ", currentPassword: TEST_PASSWORD },
      profileAction,
    );
    expect(right.status).toBe(200);
    expect(right.data?.extra).toEqual({ sentTo: "nouvelle@example.test" });
    expect(browser.emails).toEqual([expect.objectContaining({ kind: "email-change" })]);
    // Nothing changes until the link is followed.
    expect((await userRow(user.id)).email).toBe(user.email);
  });

  it("refuses a malformed address", async () => {
    const { browser } = await shop.customer();
    const answer = await browser.post<AccountFormReply>(
      "/fr/compte/profil",
      { intent: "email", newEmail: "pas-une-adresse", currentPassword: TEST_PASSWORD },
      profileAction,
    );
    expect(answer.status).toBe(400);
    expect(answer.data?.result.error).toEqual({ newEmail: ["validation.email"] });
  });
});

describe("the password page", () => {
  it("refuses a wrong current password or a short new one, and changes nothing", async () => {
    const { user, browser } = await shop.customer();
    const before = (await userRow(user.id)).passwordHash;
    const wrong = await browser.post<AccountFormReply>(
      "/fr/compte/mot-de-passe",
      { intent: "password", currentPassword: "guess-guess-guess", newPassword: NEW_PASSWORD },
      passwordAction,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data?.result.error).toEqual({ currentPassword: ["PASSWORD_INCORRECT"] });
    expect(JSON.stringify(wrong.data)).not.toContain(NEW_PASSWORD);

    const short = await browser.post<AccountFormReply>(
      "/fr/compte/mot-de-passe",
      { intent: "password", currentPassword: TEST_PASSWORD, newPassword: "court" },
      passwordAction,
    );
    expect(short.status).toBe(400);
    expect(short.data?.result.error).toEqual({ newPassword: ["validation.password_too_short"] });

    // A long but common password: the API's own check, shown beside the field all the same.
    const common = await browser.post<AccountFormReply>(
      "/fr/compte/mot-de-passe",
      { intent: "password", currentPassword: TEST_PASSWORD, newPassword: "password1234" },
      passwordAction,
    );
    expect(common.status).toBe(400);
    expect(common.data?.result.error).toEqual({ newPassword: ["validation.password_common"] });
    expect((await userRow(user.id)).passwordHash).toBe(before);
  });

  it("changes it, logs the other devices out and keeps this one logged in with a new session", async () => {
    const { user, browser } = await shop.customer();
    const other = shop.browser();
    await other.logIn(user.id);
    const oldCookie = browser.cookie();

    const answer = await browser.post(
      "/fr/compte/mot-de-passe",
      { intent: "password", currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      passwordAction,
    );
    expect(answer.status).toBe(303);
    expect(answer.location).toBe("/fr/compte/mot-de-passe?done=password");
    expect(browser.cookie()).not.toBe(oldCookie);
    expect(await verifyPassword((await userRow(user.id)).passwordHash!, NEW_PASSWORD)).toBe(true);

    // This browser follows the redirect with its new cookie; the other one is logged out.
    expect((await browser.get("/fr/compte/profil", profilePageData)).status).toBe(200);
    expect((await other.get("/fr/compte/profil", profilePageData)).status).toBe(302);
    expect(await shop.db.session.count({ where: { userId: user.id } })).toBe(1);
  });
});
