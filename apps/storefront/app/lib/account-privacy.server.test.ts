// The privacy page against the real API: the download of the customer's data, and the deletion of
// the account (its address typed again and its password; anything less deletes nothing).
import { createCustomerOrder, createSavedAddress } from "@comptoir/core/testing";
import { describe, expect, it } from "vitest";
import type { AccountFormReply } from "./account-form";
import { exportFileName, privacyAction, privacyExport } from "./account-privacy.server";
import { TEST_PASSWORD, useAccountTestShop } from "./account-test-shop.server";

const shop = useAccountTestShop("storefront_account_privacy");
const PATH = "/fr/compte/confidentialite";

describe("the data download", () => {
  it("is a JSON file of the customer's data, to save, never cached, without any secret", async () => {
    const { user, browser } = await shop.customer({ name: "Camille" });
    await createSavedAddress(shop.db, user.id, { name: "Camille Martin" });
    await createCustomerOrder(shop.db, { userId: user.id, email: user.email, paid: true });
    const answer = await browser.get(`${PATH}/export`, privacyExport);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(answer.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="comptoir-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
    const text = await answer.body!.text();
    const exported = JSON.parse(text) as {
      profile: { email: string; name: string };
      addresses: unknown[];
      orders: unknown[];
      sessions: unknown[];
    };
    expect(exported.profile).toMatchObject({ email: user.email, name: "Camille" });
    expect(exported.addresses).toHaveLength(1);
    expect(exported.orders).toHaveLength(1);
    expect(exported.sessions).toHaveLength(1);
    const [session] = await shop.db.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(text).not.toContain(session!.id);
    expect(text).not.toContain("argon2");
  });

  it("names the file after the day", () => {
    expect(exportFileName(new Date("2026-12-06T10:00:00Z"))).toBe("comptoir-data-2026-12-06.json");
  });
});

describe("deleting the account", () => {
  const userExists = (id: string) => shop.db.user.count({ where: { id } });

  it("needs the account's own address and its password, and deletes nothing otherwise", async () => {
    const { user, browser } = await shop.customer();
    const wrongEmail = await browser.post<AccountFormReply>(
      PATH,
      { intent: "delete-account", confirmEmail: "someone.else@example.test", password: TEST_PASSWORD },
      privacyAction,
    );
    expect(wrongEmail.status).toBe(400);
    expect(wrongEmail.data?.result.error).toEqual({ confirmEmail: ["validation.confirm_email"] });

    const wrongPassword = await browser.post<AccountFormReply>(
      PATH,
      { intent: "delete-account", confirmEmail: user.email.toUpperCase(), password: "not-the-password" },
      privacyAction,
    );
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.data?.result.error).toEqual({ password: ["PASSWORD_INCORRECT"] });
    expect(JSON.stringify(wrongPassword.data)).not.toContain("not-the-password");

    const noIntent = await browser.post<AccountFormReply>(
      PATH,
      { confirmEmail: user.email, password: TEST_PASSWORD },
      privacyAction,
    );
    expect(noIntent.status).toBe(400);
    expect(await userExists(user.id)).toBe(1);
    expect(browser.emails).toEqual([]);
  });

  it("deletes it, logs out and leads home with the confirmation; the orders stay", async () => {
    const { user, browser } = await shop.customer();
    const order = await createCustomerOrder(shop.db, { userId: user.id, email: user.email, paid: true });
    const answer = await browser.post(
      PATH,
      { intent: "delete-account", confirmEmail: user.email, password: TEST_PASSWORD },
      privacyAction,
    );
    expect(answer.status).toBe(303);
    expect(answer.location).toBe("/fr?account=deleted");
    expect(browser.jar.size).toBe(0);
    expect(await userExists(user.id)).toBe(0);
    expect(browser.emails).toEqual([expect.objectContaining({ kind: "account-deleted" })]);
    const kept = await shop.db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { userId: true, email: true, totalAmount: true },
    });
    expect(kept).toMatchObject({ userId: null, totalAmount: order.totalAmount });
    expect(kept.email).not.toBe(user.email);
  });

  it("asks an account without a password for a recent login instead", async () => {
    const { user, browser } = await shop.customer({ password: null });
    // The session was opened an hour ago.
    await shop.db.session.updateMany({
      where: { userId: user.id },
      data: { createdAt: new Date(Date.now() - 60 * 60_000) },
    });
    const answer = await browser.post<AccountFormReply>(
      PATH,
      { intent: "delete-account", confirmEmail: user.email },
      privacyAction,
    );
    expect(answer.status).toBe(403);
    expect(answer.data?.result.error).toEqual({ "": ["REAUTHENTICATION_REQUIRED"] });
    expect(await userExists(user.id)).toBe(1);
  });
});
