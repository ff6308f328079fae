import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { createCustomer, createTestProduct } from "../testing";
import { exportCustomerData } from "./export-data";
import { createCustomerOrder, createSavedAddress } from "./test-fixtures";

describe("exportCustomerData", () => {
  const database = useTestDatabase("customers_export");

  it("gathers the profile, addresses, cart, orders with lines and timeline, sessions and security events", async () => {
    const customer = await createCustomer(database.db);
    const other = await createCustomer(database.db);
    await database.db.user.update({
      where: { id: customer.id },
      data: { passwordHash: "$argon2id$secret-hash", name: "Camille" },
    });
    await createSavedAddress(database.db, customer.id, { name: "Maison", isDefaultShipping: true });
    await createSavedAddress(database.db, other.id, { name: "Pas la mienne" });
    const product = await createTestProduct(database.db, { variants: [{ sku: "CAFE-250" }] });
    await database.db.cart.create({
      data: {
        userId: customer.id,
        currency: "EUR",
        items: { create: { variantId: product.variantIds[0] ?? "", quantity: 3 } },
      },
    });
    const order = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      paid: true,
    });
    await createCustomerOrder(database.db, { userId: other.id, email: other.email });
    const sessionId = randomUUID();
    await database.db.session.create({
      data: {
        id: sessionId,
        userId: customer.id,
        audience: "storefront",
        expiresAt: new Date(Date.now() + 86_400_000),
        userAgent: "Firefox on Linux",
        ipAddress: "203.0.113.7",
      },
    });
    await database.db.authToken.create({
      data: {
        tokenHash: "f".repeat(64),
        purpose: "PASSWORD_RESET",
        userId: customer.id,
        email: customer.email,
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    await database.db.auditLog.create({
      data: { action: "user_login", actorId: customer.id, ipAddress: "203.0.113.7", userAgent: "Firefox" },
    });

    const data = await exportCustomerData(database.db, customer.id, {
      publicSessionId: (id) => `public-${id.length}`,
    });
    expect(data.profile).toMatchObject({
      id: customer.id,
      email: customer.email,
      name: "Camille",
      hasPassword: true,
    });
    expect(data.addresses.map((address) => address.name)).toEqual(["Maison"]);
    expect(data.cart).toEqual({
      currency: "EUR",
      items: [{ sku: "CAFE-250", quantity: 3, addedAt: expect.any(Date) }],
    });
    expect(data.orders).toHaveLength(1);
    expect(data.orders[0]).toMatchObject({
      number: order.number,
      status: "PAID",
      lines: [{ quantity: 2 }],
      timeline: [{ status: "PENDING" }, { status: "PAID" }],
    });
    expect(data.sessions).toEqual([
      {
        id: `public-${sessionId.length}`,
        createdAt: expect.any(Date),
        expiresAt: expect.any(Date),
        userAgent: "Firefox on Linux",
        ipAddress: "203.0.113.7",
      },
    ]);
    expect(data.securityEvents).toEqual([
      { action: "user_login", at: expect.any(Date), ipAddress: "203.0.113.7", userAgent: "Firefox" },
    ]);
    const text = JSON.stringify(data);
    expect(text).not.toContain(sessionId);
    expect(text).not.toContain("argon2");
    expect(text).not.toContain("f".repeat(64));
    expect(text).not.toContain("Pas la mienne");
    expect(text).not.toContain(other.email);
  });

  it("exports an account with nothing but its profile", async () => {
    const customer = await createCustomer(database.db);
    const data = await exportCustomerData(database.db, customer.id, { publicSessionId: (id) => id });
    expect(data).toMatchObject({ addresses: [], cart: null, orders: [], sessions: [], securityEvents: [] });
  });
});
