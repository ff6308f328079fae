import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createDiscount } from "../testing";
import { ANONYMIZED_EMAIL, deleteAccount, RECENT_LOGIN_MS, type DeletedAccount } from "./delete-account";
import { createCustomerOrder, createSavedAddress } from "./test-fixtures";

// Core does not hash passwords (the auth package does): a stand-in that tells right from wrong.
const verifyPassword = async (hash: string, password: string) => hash === `hash:${password}`;

describe("deleteAccount", () => {
  const database = useTestDatabase("customers_delete");

  async function customerWithData(options: { password?: string | null } = {}) {
    const password = options.password === undefined ? "s3cret-enough" : options.password;
    const user = await database.db.user.create({
      data: {
        email: `leaving-${randomUUID().slice(0, 8)}@example.test`,
        name: "Camille Martin",
        passwordHash: password === null ? null : `hash:${password}`,
      },
      select: { id: true, email: true },
    });
    const session = await database.db.session.create({
      data: {
        id: randomUUID(),
        userId: user.id,
        audience: "storefront",
        expiresAt: new Date(Date.now() + 86_400_000),
        userAgent: "Firefox",
        ipAddress: "203.0.113.7",
      },
      select: { id: true },
    });
    await createSavedAddress(database.db, user.id, { isDefaultShipping: true });
    const paid = await createCustomerOrder(database.db, {
      userId: user.id,
      email: user.email,
      paid: true,
      quantities: [1, 2],
    });
    const pending = await createCustomerOrder(database.db, { userId: user.id, email: user.email });
    const discount = await createDiscount(database.db);
    await database.db.discountRedemption.create({
      data: { discountCodeId: discount.id, orderId: paid.id, email: user.email, userId: user.id },
    });
    await database.db.cart.create({ data: { userId: user.id, currency: "EUR" } });
    await database.db.authToken.createMany({
      data: [
        {
          tokenHash: randomUUID(),
          purpose: "PASSWORD_RESET",
          userId: user.id,
          email: user.email,
          expiresAt: new Date(Date.now() + 60_000),
        },
        {
          tokenHash: randomUUID(),
          purpose: "MAGIC_LINK",
          userId: null,
          email: user.email,
          expiresAt: new Date(Date.now() + 60_000),
        },
      ],
    });
    return { user, sessionId: session.id, password, paid, pending };
  }

  function effects() {
    const deleted: DeletedAccount[] = [];
    return {
      deleted,
      verifyPassword,
      onDeleted: async (_tx: unknown, account: DeletedAccount) => {
        deleted.push(account);
      },
    };
  }

  it("erases the account and its personal data, and keeps the orders anonymized with their totals", async () => {
    const { user, sessionId, password, paid, pending } = await customerWithData();
    const before = await database.db.order.findUniqueOrThrow({
      where: { id: paid.id },
      select: { status: true, totalAmount: true, subtotalAmount: true, taxAmount: true, paidAt: true },
    });
    const seen = effects();
    await deleteAccount(database.db, { userId: user.id, sessionId, password: password ?? "" }, seen);

    expect(seen.deleted).toEqual([{ id: user.id, email: user.email, locale: "fr", role: "CUSTOMER" }]);
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(0);
    for (const count of [
      database.db.session.count({ where: { userId: user.id } }),
      database.db.address.count({ where: { userId: user.id } }),
      database.db.cart.count({ where: { userId: user.id } }),
      database.db.authToken.count({ where: { OR: [{ userId: user.id }, { email: user.email }] } }),
      database.db.order.count({ where: { OR: [{ userId: user.id }, { email: user.email }] } }),
      database.db.discountRedemption.count({ where: { OR: [{ userId: user.id }, { email: user.email }] } }),
      database.db.orderEvent.count({ where: { actorId: user.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    const kept = await database.db.order.findMany({
      where: { id: { in: [paid.id, pending.id] } },
      orderBy: { number: "asc" },
      select: {
        id: true,
        userId: true,
        email: true,
        shippingAddress: true,
        status: true,
        totalAmount: true,
        subtotalAmount: true,
        taxAmount: true,
        paidAt: true,
        _count: { select: { items: true, events: true } },
      },
    });
    expect(kept).toHaveLength(2);
    const [paidAfter] = kept;
    expect(paidAfter).toMatchObject({
      ...before,
      userId: null,
      email: ANONYMIZED_EMAIL,
      // Country (and region, when there is one) decide the taxes: they stay; the rest identifies.
      shippingAddress: { country: "FR" },
      _count: { items: 2, events: 2 },
    });
    expect(JSON.stringify(kept)).not.toMatch(/Camille|Paix|Paris|75002|\+33/);
  });

  it("refuses a wrong or missing password with PASSWORD_INCORRECT, and changes nothing", async () => {
    const { user, sessionId } = await customerWithData();
    for (const password of ["wrong password", undefined]) {
      const seen = effects();
      const error = await deleteAccount(database.db, { userId: user.id, sessionId, password }, seen).catch(
        (caught: unknown) => caught,
      );
      expect(isDomainError(error, "PASSWORD_INCORRECT")).toBe(true);
      expect(seen.deleted).toEqual([]);
    }
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await database.db.order.count({ where: { userId: user.id, email: user.email } })).toBe(2);
    expect(await database.db.address.count({ where: { userId: user.id } })).toBe(1);
  });

  it("lets an account without a password go only from a login of the last 15 minutes", async () => {
    const { user, sessionId } = await customerWithData({ password: null });
    const now = new Date(Date.now() + RECENT_LOGIN_MS + 60_000);
    const error = await deleteAccount(database.db, { userId: user.id, sessionId, now }, effects()).catch(
      (caught: unknown) => caught,
    );
    expect(isDomainError(error, "REAUTHENTICATION_REQUIRED")).toBe(true);
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);

    // Another account's fresh session proves nothing about this one.
    const other = await customerWithData({ password: null });
    const borrowed = await deleteAccount(
      database.db,
      { userId: user.id, sessionId: other.sessionId },
      effects(),
    ).catch((caught: unknown) => caught);
    expect(isDomainError(borrowed, "REAUTHENTICATION_REQUIRED")).toBe(true);

    await deleteAccount(database.db, { userId: user.id, sessionId }, effects());
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(0);
  });

  it("deletes once when two requests race, and rolls everything back when the effects fail", async () => {
    const { user, sessionId, password } = await customerWithData();
    const failing = {
      verifyPassword,
      onDeleted: async () => {
        throw new Error("queue unavailable");
      },
    };
    await expect(
      deleteAccount(database.db, { userId: user.id, sessionId, password: password ?? "" }, failing),
    ).rejects.toThrow("queue unavailable");
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await database.db.order.count({ where: { userId: user.id, email: user.email } })).toBe(2);

    const seen = effects();
    const results = await Promise.allSettled([
      deleteAccount(database.db, { userId: user.id, sessionId, password: password ?? "" }, seen),
      deleteAccount(database.db, { userId: user.id, sessionId, password: password ?? "" }, seen),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((result) => result.status === "rejected");
    expect(isDomainError(failure?.reason, "NOT_FOUND")).toBe(true);
    expect(seen.deleted).toHaveLength(1);
  });

  it("refuses to delete a staff account from the storefront", async () => {
    const staff = await database.db.user.create({
      data: { email: "owner@example.test", role: "OWNER", passwordHash: "hash:pw" },
      select: { id: true },
    });
    const error = await deleteAccount(
      database.db,
      { userId: staff.id, sessionId: "none", password: "pw" },
      effects(),
    ).catch((caught: unknown) => caught);
    expect(isDomainError(error, "FORBIDDEN")).toBe(true);
    expect(await database.db.user.count({ where: { id: staff.id } })).toBe(1);
  });
});
