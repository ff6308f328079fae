import { publicSessionId } from "@comptoir/auth";
import { createCustomerOrder, createSavedAddress } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../testing/callers";
import { outsiders, refusal, storefrontCustomer } from "./account-test-kit";

describe("account.privacy", () => {
  const database = useTestDatabase("api_account_privacy");

  describe("export", () => {
    it("answers one JSON document of the customer's data, with public session ids and no secret", async () => {
      const { user, api, sessionId } = await storefrontCustomer(database.db);
      await createSavedAddress(database.db, user.id, { name: "Maison", isDefaultBilling: true });
      const order = await createCustomerOrder(database.db, {
        userId: user.id,
        email: user.email,
        paid: true,
      });
      const passwordHash = (
        await database.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
      ).passwordHash;

      const data = await api.account.privacy.export();
      // What the storefront offers as a file: it must survive JSON as it is.
      const parsed = JSON.parse(JSON.stringify(data)) as typeof data;
      expect(parsed.profile).toMatchObject({ id: user.id, email: user.email, hasPassword: true });
      expect(parsed.addresses).toEqual([expect.objectContaining({ name: "Maison", isDefaultBilling: true })]);
      expect(parsed.orders).toEqual([
        expect.objectContaining({
          number: order.number,
          lines: [expect.objectContaining({ quantity: 2 })],
          timeline: [
            expect.objectContaining({ status: "PENDING" }),
            expect.objectContaining({ status: "PAID" }),
          ],
        }),
      ]);
      expect(parsed.sessions.map((session) => session.id)).toEqual([publicSessionId(sessionId)]);
      const text = JSON.stringify(data);
      expect(text).not.toContain(sessionId);
      expect(text).not.toContain(passwordHash ?? "no hash");
      expect(text).not.toMatch(/passwordHash|tokenHash/);
    });
  });

  describe("deleteAccount", () => {
    it("erases the account, keeps its paid orders anonymized, audits, emails and clears the cookie", async () => {
      const { user, api, resHeaders, emails, cookie } = await storefrontCustomer(database.db);
      await createSavedAddress(database.db, user.id, { isDefaultShipping: true });
      const paid = await createCustomerOrder(database.db, {
        userId: user.id,
        email: user.email,
        paid: true,
        quantities: [1, 3],
      });
      const totalsOf = () =>
        database.db.order.findUniqueOrThrow({
          where: { id: paid.id },
          select: {
            status: true,
            subtotalAmount: true,
            taxAmount: true,
            totalAmount: true,
            refundedAmount: true,
            paidAt: true,
            items: { select: { sku: true, quantity: true, totalAmount: true } },
          },
        });
      const before = await totalsOf();

      expect(
        await api.account.privacy.deleteAccount({
          password: user.password ?? "",
          confirmEmail: user.email.toUpperCase(),
        }),
      ).toEqual({ ok: true });

      expect(resHeaders.getSetCookie().at(-1)).toMatch(/^comptoir_session=;/);
      expect(await database.db.user.count({ where: { id: user.id } })).toBe(0);
      expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
      expect(await database.db.address.count({ where: { userId: user.id } })).toBe(0);
      expect(await totalsOf()).toEqual(before);
      expect(
        await database.db.order.findUniqueOrThrow({
          where: { id: paid.id },
          select: { userId: true, email: true, shippingAddress: true },
        }),
      ).toEqual({
        userId: null,
        email: "deleted-account@anonymized.invalid",
        shippingAddress: { country: "FR" },
      });
      expect(emails.sent).toEqual([{ kind: "account-deleted", email: user.email, locale: "fr" }]);
      const audit = await database.db.auditLog.findMany({
        where: { action: "account_deleted", actorId: user.id },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ entityType: "user", entityId: user.id, actorRole: "CUSTOMER" });
      expect(JSON.stringify(audit)).not.toContain(user.email);
      // The old cookie opens nothing any more.
      expect(await (await callerFor(database.db, "storefront", cookie)).api.auth.me()).toBeNull();
    });

    it("refuses a confirmation address that is not the account's with a field error, changing nothing", async () => {
      const { user, api, emails } = await storefrontCustomer(database.db);
      for (const confirmEmail of ["someone-else@example.test", "not an address"]) {
        const answer = await refusal(
          api.account.privacy.deleteAccount({ password: user.password ?? "", confirmEmail }),
        );
        expect(answer.code).toBe("BAD_REQUEST");
        expect(answer.fields?.confirmEmail).toHaveLength(1);
      }
      expect(
        await refusal(
          api.account.privacy.deleteAccount({
            password: user.password ?? "",
            confirmEmail: "someone-else@example.test",
          }),
        ),
      ).toEqual({
        code: "BAD_REQUEST",
        domain: null,
        fields: { confirmEmail: ["validation.confirm_email"] },
      });
      expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);
      expect(emails.sent).toEqual([]);
    });

    it("asks for the right password: PASSWORD_INCORRECT otherwise, and nothing changes", async () => {
      const { user, api, emails } = await storefrontCustomer(database.db);
      for (const password of ["not my password", undefined, ""]) {
        expect(
          await refusal(api.account.privacy.deleteAccount({ password, confirmEmail: user.email })),
        ).toMatchObject({
          code: "BAD_REQUEST",
          domain: "PASSWORD_INCORRECT",
        });
      }
      expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);
      expect(
        await database.db.auditLog.count({ where: { action: "account_deleted", actorId: user.id } }),
      ).toBe(0);
      expect(emails.sent).toEqual([]);
    });

    it("lets an account without a password go only from a login of the last 15 minutes", async () => {
      const stale = await storefrontCustomer(database.db, { password: null });
      await database.db.session.update({
        where: { id: stale.sessionId },
        data: { createdAt: new Date(Date.now() - 16 * 60_000) },
      });
      expect(
        await refusal(stale.api.account.privacy.deleteAccount({ confirmEmail: stale.user.email })),
      ).toMatchObject({
        code: "FORBIDDEN",
        domain: "REAUTHENTICATION_REQUIRED",
      });
      expect(await database.db.user.count({ where: { id: stale.user.id } })).toBe(1);

      const fresh = await storefrontCustomer(database.db, { password: null });
      expect(await fresh.api.account.privacy.deleteAccount({ confirmEmail: fresh.user.email })).toEqual({
        ok: true,
      });
      expect(await database.db.user.count({ where: { id: fresh.user.id } })).toBe(0);
    });

    it("deletes nothing when the goodbye email cannot be queued", async () => {
      const { user, cookie } = await storefrontCustomer(database.db);
      const { api } = await callerFor(database.db, "storefront", cookie, {
        accountEmails: {
          async send() {
            throw new Error("queue unavailable");
          },
        },
      });
      expect(
        await refusal(
          api.account.privacy.deleteAccount({ password: user.password ?? "", confirmEmail: user.email }),
        ),
      ).toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
      expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);
      expect(
        await database.db.auditLog.count({ where: { action: "account_deleted", actorId: user.id } }),
      ).toBe(0);
    });
  });

  it("answers UNAUTHORIZED without a session and FORBIDDEN to an admin session", async () => {
    const { anonymous, admin } = await outsiders(database.db);
    for (const [api, code] of [
      [anonymous, "UNAUTHORIZED"],
      [admin, "FORBIDDEN"],
    ] as const) {
      expect((await refusal(api.account.privacy.export())).code).toBe(code);
      expect(
        (await refusal(api.account.privacy.deleteAccount({ password: "x", confirmEmail: "a@b.test" }))).code,
      ).toBe(code);
    }
  });
});
