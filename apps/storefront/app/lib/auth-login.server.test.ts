// The log-in page's loader and action against a real PostgreSQL and the real API.
import { randomUUID } from "node:crypto";
import { createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import type { LoginActionData } from "./auth-data";
import { loginAction } from "./auth-login.server";
import { authFormPageData } from "./auth-page.server";
import { cartCookies } from "./cart-cookie.server";
import { browser, PASSWORD, sessionOf } from "./auth-test-browser.server";

const database = useTestDatabase("storefront_login");

describe("login page", () => {
  it("logs in, merges the guest cart, clears its cookie, shows the customer's count and goes to redirectTo", async () => {
    const shopper = browser(database);
    const user = await createTestUser(database.db, { password: PASSWORD });
    // A guest cart with 2 units, in the signed cart cookie as the cart action leaves it.
    const { id: productId } = await createTestProduct(database.db, { variants: [{ stock: 10 }] });
    const variant = await database.db.variant.findFirstOrThrow({
      where: { productId },
      select: { id: true },
    });
    const guest = await shopper.callerFor(shopper.requestTo("/fr/panier"));
    const added = await guest.api.cart.addItem({
      cartId: null,
      locale: "fr",
      variantId: variant.id,
      quantity: 2,
    });
    shopper.keep(await cartCookies.commit(added.cartId, 2));

    const form = {
      intent: "password",
      email: user.email.toUpperCase(),
      password: PASSWORD,
      redirectTo: "/fr/panier",
    };
    const response = await shopper.run("/fr/connexion", form, (request, caller) =>
      loginAction(request, "fr", caller, { callerFor: shopper.callerFor }),
    );

    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/fr/panier");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect((await sessionOf(shopper))?.id).toBe(user.id);
    expect(shopper.cookie()).not.toContain("comptoir_cart=");
    expect(shopper.cookie()).toContain("cart_count=2");
    const asCustomer = await shopper.callerFor(shopper.requestTo("/fr/panier"));
    const cart = await asCustomer.api.cart.get({ cartId: null, locale: "fr" });
    expect(cart.lines).toEqual([expect.objectContaining({ variantId: variant.id, quantity: 2 })]);
  });

  it("never follows a redirectTo that leaves the site: the account page instead", async () => {
    const shopper = browser(database);
    const user = await createTestUser(database.db, { password: PASSWORD });
    const response = await shopper.run(
      "/en/login",
      {
        intent: "password",
        email: user.email,
        password: PASSWORD,
        redirectTo: "//evil.test/en/account",
      },
      (request, caller) => loginAction(request, "en", caller),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/en/account");
  });

  it("refuses a wrong password with 401 and INVALID_CREDENTIALS, the email kept and the password not", async () => {
    const shopper = browser(database);
    const user = await createTestUser(database.db, { password: PASSWORD });
    const response = await shopper.run<LoginActionData>(
      "/fr/connexion",
      { intent: "password", email: user.email, password: "not-the-password" },
      (request, caller) => loginAction(request, "fr", caller),
    );
    expect(response.status).toBe(401);
    expect(response.data?.intent).toBe("password");
    expect(response.data?.reply?.error).toEqual({ "": ["INVALID_CREDENTIALS"] });
    expect(response.data?.reply?.initialValue).toMatchObject({ email: user.email });
    expect(JSON.stringify(response.data)).not.toContain("not-the-password");
    expect(await sessionOf(shopper)).toBeNull();
  });

  it("answers an unknown address exactly as a wrong password", async () => {
    const shopper = browser(database);
    const email = `nobody-${randomUUID()}@example.test`;
    const response = await shopper.run<LoginActionData>(
      "/fr/connexion",
      { intent: "password", email, password: "whatever-it-is" },
      (request, caller) => loginAction(request, "fr", caller),
    );
    expect(response.status).toBe(401);
    expect(response.data?.reply?.error).toEqual({ "": ["INVALID_CREDENTIALS"] });
  });

  it("refuses an unconfirmed address with 403 EMAIL_NOT_VERIFIED and asks for a new verification email", async () => {
    const shopper = browser(database);
    const user = await createTestUser(database.db, { password: PASSWORD, verified: false });
    const response = await shopper.run<LoginActionData>(
      "/en/login",
      { intent: "password", email: user.email, password: PASSWORD },
      (request, caller) => loginAction(request, "en", caller),
    );
    expect(response.status).toBe(403);
    expect(response.data?.reply?.error).toEqual({ "": ["EMAIL_NOT_VERIFIED"] });
    expect(shopper.emails).toEqual([{ kind: "verify-email", userId: user.id, locale: "en" }]);
    expect(await sessionOf(shopper)).toBeNull();
  });

  it("checks the fields with the shared schema before calling the API", async () => {
    const shopper = browser(database);
    const response = await shopper.run<LoginActionData>(
      "/fr/connexion",
      { intent: "password", email: "not an address", password: "" },
      (request, caller) => loginAction(request, "fr", caller),
    );
    expect(response.status).toBe(400);
    expect(response.data?.reply?.error).toMatchObject({
      email: ["validation.email"],
      password: ["validation.required"],
    });
  });

  it("emails a login link: the same answer for any address, and the job names the page's language", async () => {
    const shopper = browser(database);
    const known = await createTestUser(database.db);
    const unknown = `new-${randomUUID()}@example.test`;
    for (const email of [known.email, unknown]) {
      const response = await shopper.run<LoginActionData>(
        "/en/login",
        { intent: "magicLink", email },
        (request, caller) => loginAction(request, "en", caller),
      );
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ intent: "magicLink", reply: null, sentTo: email });
    }
    expect(shopper.emails).toEqual([
      { kind: "magic-link", email: known.email, locale: "en" },
      { kind: "magic-link", email: unknown, locale: "en" },
    ]);
  });

  it("sends a logged-in customer on from the login and sign-up pages, and never caches them", async () => {
    const shopper = browser(database);
    const visitorPage = await shopper.run<{ redirectTo: string }>(
      "/fr/connexion?redirectTo=/fr/panier",
      null,
      (request, caller) => authFormPageData(request, "fr", caller, "login"),
    );
    expect(visitorPage.status).toBe(200);
    expect(visitorPage.headers.get("Cache-Control")).toBe("private, no-store");
    expect(visitorPage.data?.redirectTo).toBe("/fr/panier");

    const user = await createTestUser(database.db, { password: PASSWORD });
    await shopper.run(
      "/fr/connexion",
      {
        intent: "password",
        email: user.email,
        password: PASSWORD,
      },
      (request, caller) => loginAction(request, "fr", caller),
    );
    for (const page of ["login", "signUp"] as const) {
      const response = await shopper.run("/fr/connexion", null, (request, caller) =>
        authFormPageData(request, "fr", caller, page),
      );
      expect(response.status).toBe(303);
      expect(response.headers.get("Location")).toBe("/fr/compte");
    }
  });
});
