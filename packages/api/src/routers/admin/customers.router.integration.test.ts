// The admin's customer procedures: the list (customers only, searched by email or name), one
// customer with addresses, orders and totals, and resending the verification email (audited,
// throttled, refused for accounts that do not need it).
import { createTestUser } from "@comptoir/auth/testing";
import { createCustomerOrder, createSavedAddress } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { recordingAccountEmails } from "../../account-emails";
import { domainCodeOf } from "../../errors";
import { staffCaller } from "../../testing/callers";

describe("admin.customers", () => {
  const database = useTestDatabase("api_admin_customers");

  async function failure(call: Promise<unknown>) {
    const error = await call.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error, "the call should have failed").toBeInstanceOf(TRPCError);
    return { code: (error as TRPCError).code, domainCode: domainCodeOf(error) };
  }

  it("lists customer accounts only, searched by part of the email or the name, page by page", async () => {
    const zoe = await createTestUser(database.db, { email: "zoe.list@example.test", name: "Zoé Lambert" });
    await createTestUser(database.db, { email: "yann.list@example.test", name: "Yann Perrin" });
    await createTestUser(database.db, { role: "MANAGER", email: "staff.list@example.test" });
    await createCustomerOrder(database.db, { userId: zoe.id, email: zoe.email });
    const { api } = await staffCaller(database.db, "SUPPORT");

    const found = await api.admin.customers.list({ q: ".LIST@" });
    expect(found.items.map((row) => row.email)).toEqual(["yann.list@example.test", "zoe.list@example.test"]);
    expect(found.total).toBe(2);
    expect(found.items[1]).toMatchObject({ name: "Zoé Lambert", orderCount: 1, deactivatedAt: null });
    expect((await api.admin.customers.list({ q: "lambert" })).items.map((row) => row.id)).toEqual([zoe.id]);

    const page = await api.admin.customers.list({ q: ".list@", pageSize: 1, page: 2 });
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.items.map((row) => row.email)).toEqual(["zoe.list@example.test"]);
    // Staff accounts are never in the list, whatever the search.
    expect((await api.admin.customers.list({ q: "staff.list" })).total).toBe(0);
    // % and _ are plain characters, not wildcards.
    expect((await api.admin.customers.list({ q: "%" })).items).toEqual([]);
    const underscored = await createTestUser(database.db, { email: "under_score.list@example.test" });
    expect((await api.admin.customers.list({ q: "r_s" })).items.map((row) => row.id)).toEqual([
      underscored.id,
    ]);
    expect((await api.admin.customers.list({ q: "nde_" })).items).toEqual([]);
  });

  it("shows a customer's profile, addresses, orders with totals, and what they spent", async () => {
    const customer = await createTestUser(database.db, { email: "ana.detail@example.test", name: "Ana" });
    await createSavedAddress(database.db, customer.id, { name: "Ana Home", isDefaultShipping: true });
    const paid = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      paid: true,
      quantities: [2, 1],
      unitAmount: 1000,
    });
    const pending = await createCustomerOrder(database.db, { userId: customer.id, email: customer.email });
    // Bought once without logging in, with the same (verified) address.
    const guest = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      paid: true,
    });
    await database.db.order.update({ where: { id: guest.id }, data: { userId: null } });
    await database.db.order.update({ where: { id: paid.id }, data: { refundedAmount: 500 } });

    const { api } = await staffCaller(database.db, "SUPPORT");
    const detail = await api.admin.customers.get({ customerId: customer.id });
    expect(detail).toMatchObject({
      id: customer.id,
      email: "ana.detail@example.test",
      name: "Ana",
      hasPassword: true,
      deactivatedAt: null,
      orderCount: 3,
    });
    expect(detail.emailVerifiedAt).not.toBeNull();
    expect(detail).not.toHaveProperty("passwordHash");
    expect(detail.addresses).toMatchObject([{ name: "Ana Home", isDefaultShipping: true, city: "Paris" }]);
    const byId = new Map(detail.orders.map((order) => [order.id, order]));
    expect(byId.get(paid.id)).toMatchObject({
      status: "PAID",
      totalAmount: 3000,
      refundedAmount: 500,
      itemCount: 3,
      guest: false,
    });
    expect(byId.get(pending.id)).toMatchObject({ status: "PENDING", guest: false });
    expect(byId.get(guest.id)).toMatchObject({ status: "PAID", guest: true });
    // Paid orders only, refunds taken off: 3000 - 500 + 3000.
    expect(detail.spent).toEqual([{ currency: "EUR", amount: 5500, paidOrders: 2 }]);
  });

  it("does not count guest orders for an unverified address, and bounds the orders shown", async () => {
    const unverified = await createTestUser(database.db, { verified: false });
    const guest = await createCustomerOrder(database.db, { userId: unverified.id, email: unverified.email });
    await database.db.order.update({ where: { id: guest.id }, data: { userId: null } });
    const busy = await createTestUser(database.db, {});
    for (let index = 0; index < 52; index += 1) {
      await createCustomerOrder(database.db, { userId: busy.id, email: busy.email });
    }
    const { api } = await staffCaller(database.db, "SUPPORT");
    expect(await api.admin.customers.get({ customerId: unverified.id })).toMatchObject({
      orders: [],
      orderCount: 0,
      emailVerifiedAt: null,
    });
    const detail = await api.admin.customers.get({ customerId: busy.id });
    expect(detail.orders).toHaveLength(50);
    expect(detail.orderCount).toBe(52);
  });

  it("answers NOT_FOUND for staff and unknown ids, BAD_REQUEST for malformed ones", async () => {
    const manager = await createTestUser(database.db, { role: "MANAGER" });
    const { api } = await staffCaller(database.db, "SUPPORT");
    expect(await failure(api.admin.customers.get({ customerId: manager.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(api.admin.customers.get({ customerId: "missing" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    for (const input of [
      {},
      { customerId: "" },
      { customerId: "a b" },
      { customerId: "x".repeat(65) },
      { customerId: '\'; DROP TABLE "User"; --' },
    ]) {
      expect((await failure(api.admin.customers.get(input as never))).code, JSON.stringify(input)).toBe(
        "BAD_REQUEST",
      );
    }
    for (const input of [{ pageSize: 101 }, { page: 0 }, { q: "x".repeat(255) }, { pageSize: "many" }]) {
      expect((await failure(api.admin.customers.list(input as never))).code, JSON.stringify(input)).toBe(
        "BAD_REQUEST",
      );
    }
  });

  it("resends the verification email once, audited; refuses accounts that do not need it", async () => {
    const emails = recordingAccountEmails();
    const { api, user: staff } = await staffCaller(database.db, "SUPPORT", {
      accountEmails: emails,
      headers: { "X-Forwarded-For": "198.51.100.4" },
    });
    const customer = await createTestUser(database.db, { verified: false, locale: "en" });

    expect(await api.admin.customers.resendVerification({ customerId: customer.id })).toEqual({ ok: true });
    expect(emails.sent).toEqual([{ kind: "verify-email", userId: customer.id, locale: "en" }]);
    const audit = await database.db.auditLog.findMany({
      where: { action: "customer.verification_resent", entityId: customer.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: staff.id,
      actorRole: "SUPPORT",
      entityType: "User",
      ipAddress: "198.51.100.4",
    });

    // A second click within minutes sends nothing more.
    expect(await failure(api.admin.customers.resendVerification({ customerId: customer.id }))).toMatchObject({
      domainCode: "RATE_LIMITED",
    });

    const verified = await createTestUser(database.db, {});
    const deactivated = await createTestUser(database.db, { verified: false, deactivated: true });
    const manager = await createTestUser(database.db, { role: "MANAGER", verified: false });
    expect(await failure(api.admin.customers.resendVerification({ customerId: verified.id }))).toMatchObject({
      domainCode: "CONFLICT",
    });
    expect(
      await failure(api.admin.customers.resendVerification({ customerId: deactivated.id })),
    ).toMatchObject({ domainCode: "CONFLICT" });
    expect(await failure(api.admin.customers.resendVerification({ customerId: manager.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    for (const input of [{}, { customerId: "" }, { customerId: "a;b" }]) {
      expect(
        (await failure(api.admin.customers.resendVerification(input as never))).code,
        JSON.stringify(input),
      ).toBe("BAD_REQUEST");
    }
    expect(emails.sent).toHaveLength(1);
    expect(
      await database.db.auditLog.count({
        where: {
          action: "customer.verification_resent",
          entityId: { in: [customer.id, verified.id, deactivated.id, manager.id] },
        },
      }),
    ).toBe(1);
  });
});
