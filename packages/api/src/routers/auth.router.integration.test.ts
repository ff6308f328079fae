import { cookieHeaderFrom, createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { domainCodeOf, fieldErrorsFromError } from "../errors";
import { callerFor } from "../testing/callers";

describe("auth router", () => {
  const database = useTestDatabase("api_auth");

  it("logs staff into the admin: a session cookie is set and `me` answers with the user", async () => {
    const staff = await createTestUser(database.db, { role: "MANAGER" });
    const { api, resHeaders } = await callerFor(database.db, "admin");
    const result = await api.auth.login({ email: staff.email.toUpperCase(), password: staff.password! });
    expect(result.user).toMatchObject({ id: staff.id, role: "MANAGER" });
    const setCookie = resHeaders.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^comptoir_admin_session=/);

    const next = await callerFor(database.db, "admin", cookieHeaderFrom(setCookie));
    expect(await next.api.auth.me()).toMatchObject({ id: staff.id, email: staff.email });
  });

  it("merges the shopper's guest cart into the customer's cart at a storefront login", async () => {
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const product = await createTestProduct(database.db, { variants: [{ stock: 5 }, { stock: 5 }] });
    const [kept, added] = product.variantIds as [string, string];
    await database.db.cart.create({
      data: { userId: customer.id, currency: "EUR", items: { create: { variantId: kept, quantity: 1 } } },
    });
    const guest = await callerFor(database.db, "storefront");
    const { cartId } = await guest.api.cart.addItem({
      cartId: null,
      locale: "fr",
      variantId: added,
      quantity: 2,
    });

    const { api, resHeaders } = await callerFor(database.db, "storefront");
    await api.auth.login({
      email: customer.email,
      password: customer.password!,
      guestCartId: cartId,
      locale: "fr",
    });
    const loggedIn = await callerFor(
      database.db,
      "storefront",
      cookieHeaderFrom(resHeaders.get("set-cookie") ?? ""),
    );
    const merged = await loggedIn.api.cart.get({ cartId: null, locale: "fr" });
    expect(merged.lines.map((line) => [line.variantId, line.quantity]).sort()).toEqual(
      [
        [kept, 1],
        [added, 2],
      ].sort(),
    );
    expect(await database.db.cart.findUnique({ where: { id: cartId! } })).toBeNull();
  });

  it("gives the same INVALID_CREDENTIALS answer for a wrong password, an unknown email and a customer in the admin", async () => {
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const staff = await createTestUser(database.db, { role: "ADMIN" });
    const { api, resHeaders } = await callerFor(database.db, "admin");
    const attempts = [
      { email: staff.email, password: "wrong password" },
      { email: "nobody@example.test", password: "whatever" },
      { email: customer.email, password: customer.password! },
    ];
    for (const attempt of attempts) {
      const error = await api.auth.login(attempt).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("UNAUTHORIZED");
      expect(domainCodeOf(error)).toBe("INVALID_CREDENTIALS");
    }
    expect(resHeaders.get("set-cookie")).toBeNull();
    expect(await database.db.session.count({ where: { userId: { in: [customer.id, staff.id] } } })).toBe(0);
  });

  it("rejects malformed input with translation keys per field and changes nothing", async () => {
    const { api } = await callerFor(database.db, "admin");
    const error = await api.auth
      .login({ email: "not-an-email", password: "" })
      .catch((caught: unknown) => caught);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(fieldErrorsFromError(error)).toEqual({
      email: ["validation.email"],
      password: ["validation.required"],
    });
  });

  it("rotates the session id at login and invalidates it at logout", async () => {
    const staff = await createTestUser(database.db, { role: "OWNER" });
    const first = await callerFor(database.db, "admin");
    await first.api.auth.login({ email: staff.email, password: staff.password! });
    const firstCookie = cookieHeaderFrom(first.resHeaders.get("set-cookie") ?? "");

    const second = await callerFor(database.db, "admin", firstCookie);
    await second.api.auth.login({ email: staff.email, password: staff.password! });
    const secondCookie = cookieHeaderFrom(second.resHeaders.getSetCookie().at(-1) ?? "");
    expect(secondCookie).not.toBe(firstCookie);
    expect(await (await callerFor(database.db, "admin", firstCookie)).api.auth.me()).toBeNull();

    const third = await callerFor(database.db, "admin", secondCookie);
    await third.api.auth.logout();
    expect(third.resHeaders.get("set-cookie")).toMatch(/^comptoir_admin_session=;/);
    expect(await (await callerFor(database.db, "admin", secondCookie)).api.auth.me()).toBeNull();
  });
});
