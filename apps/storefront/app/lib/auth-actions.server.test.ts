// The log-in, sign-up and emailed-link pages' loaders and actions against a real PostgreSQL and the
// real API (the same procedures, validation, sessions and cookies as in production), with requests
// built as a browser sends them.
import { randomBytes, randomUUID } from "node:crypto";
import { createCaller, createContext, type RequestCaller } from "@comptoir/api";
import { recordingAccountEmails } from "@comptoir/api/testing";
import { issueAuthToken } from "@comptoir/auth";
import { createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import type { EmailSentData, LinkActionData, LoginActionData } from "./auth-data";
import { forgotPasswordAction } from "./auth-forgot-password.server";
import { linkAction, linkPageData } from "./auth-link.server";
import { loginAction } from "./auth-login.server";
import { authFormPageData } from "./auth-page.server";
import { cookiesAfter } from "./auth-session.server";
import { signUpAction } from "./auth-sign-up.server";
import { cartCookies } from "./cart-cookie.server";

const database = useTestDatabase("storefront_auth");

/** A strong password (the API refuses common and guessable ones). */
const PASSWORD = "velvet-orchard-lantern-91";

type DataResult<T> = { data: T; init: ResponseInit | null };

/** A browser: keeps the cookies it is sent, comes from one address, and records the emails asked for. */
function browser() {
  const address = `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join(".")}`;
  const emails = recordingAccountEmails();
  let cookies: string[] = [];
  const requestTo = (path: string, init: { form?: Record<string, string> } = {}) =>
    new Request(`http://shop.test${path}`, {
      method: init.form ? "POST" : "GET",
      headers: { Cookie: cookiesAfter(cookies), "X-Forwarded-For": address, "User-Agent": "vitest" },
      ...(init.form ? { body: new URLSearchParams(init.form) } : {}),
    });
  const callerFor = async (request: Request): Promise<RequestCaller> => {
    const resHeaders = new Headers();
    const ctx = await createContext({
      db: database.db,
      audience: "storefront",
      headers: request.headers,
      resHeaders,
      accountEmails: async () => emails,
    });
    return { api: createCaller(ctx), resHeaders };
  };
  /** The response as the browser gets it: a redirect, or a page's data, with the cookies kept. */
  const receive = <T>(result: Response | DataResult<T> | unknown) => {
    const response =
      result instanceof Response
        ? { status: result.status, headers: result.headers, data: null as T | null }
        : {
            status: (result as DataResult<T>).init?.status ?? 200,
            headers: new Headers((result as DataResult<T>).init?.headers),
            data: (result as DataResult<T>).data,
          };
    cookies = [...cookies, ...response.headers.getSetCookie()];
    return response;
  };
  return {
    emails: emails.sent,
    cookie: () => cookiesAfter(cookies),
    keep: (setCookies: string[]) => (cookies = [...cookies, ...setCookies]),
    requestTo,
    callerFor,
    /** Sends `form` (a POST) or asks for the page (a GET) through `handler`, as the route would. */
    async run<T>(
      path: string,
      form: Record<string, string> | null,
      handler: (request: Request, caller: RequestCaller) => Promise<unknown>,
    ) {
      const request = requestTo(path, form ? { form } : {});
      try {
        return receive<T>(await handler(request, await callerFor(request)));
      } catch (thrown) {
        // Loaders throw their redirects.
        if (thrown instanceof Response) return receive<T>(thrown);
        throw thrown;
      }
    },
  };
}

async function sessionOf(shopper: ReturnType<typeof browser>) {
  const caller = await shopper.callerFor(shopper.requestTo("/fr"));
  return caller.api.auth.me();
}

describe("login page", () => {
  it("logs in, merges the guest cart, clears its cookie, shows the customer's count and goes to redirectTo", async () => {
    const shopper = browser();
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
    const shopper = browser();
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
    const shopper = browser();
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
    const shopper = browser();
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
    const shopper = browser();
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
    const shopper = browser();
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
    const shopper = browser();
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
    const shopper = browser();
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

describe("sign-up and forgot-password pages", () => {
  it("signs up: check your inbox; a known address gets the very same answer", async () => {
    const shopper = browser();
    const email = `camille-${randomUUID()}@example.test`;
    const first = await shopper.run<EmailSentData>(
      "/fr/inscription",
      { name: "Camille", email, password: PASSWORD },
      (request, caller) => signUpAction(request, "fr", caller),
    );
    const again = await shopper.run<EmailSentData>(
      "/fr/inscription",
      { name: "", email, password: "another-strong-passphrase-7" },
      (request, caller) => signUpAction(request, "fr", caller),
    );
    expect(first).toMatchObject({ status: 200, data: { reply: null, sentTo: email } });
    expect(again).toMatchObject({ status: 200, data: { reply: null, sentTo: email } });
    const user = await database.db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, locale: true, name: true },
    });
    expect(user).toMatchObject({ locale: "fr", name: "Camille" });
    expect(shopper.emails.map((job) => job.kind)).toEqual(["verify-email", "account-exists"]);
    // Signing up does not log in: the verification link does.
    expect(await sessionOf(shopper)).toBeNull();
  });

  it("refuses a short or common password beside the field, and creates nothing", async () => {
    const shopper = browser();
    const email = `weak-${randomUUID()}@example.test`;
    for (const [password, key] of [
      ["k3y!pad", "validation.password_too_short"],
      ["password1234", "validation.password_common"],
    ] as const) {
      const response = await shopper.run<EmailSentData>(
        "/en/sign-up",
        { email, password },
        (request, caller) => signUpAction(request, "en", caller),
      );
      expect(response.status).toBe(400);
      expect(response.data?.reply?.error).toMatchObject({ password: [key] });
      expect(JSON.stringify(response.data)).not.toContain(password);
    }
    expect(await database.db.user.findUnique({ where: { email } })).toBeNull();
    expect(shopper.emails).toEqual([]);
  });

  it("forgot password: the same message for every address", async () => {
    const shopper = browser();
    const known = await createTestUser(database.db);
    for (const email of [known.email, `ghost-${randomUUID()}@example.test`]) {
      const response = await shopper.run<EmailSentData>("/en/forgot-password", { email }, (request, caller) =>
        forgotPasswordAction(request, "en", caller),
      );
      expect(response).toMatchObject({ status: 200, data: { reply: null, sentTo: email } });
    }
    expect(shopper.emails.map((job) => job.kind)).toEqual(["password-reset", "password-reset"]);
  });
});

describe("the pages emailed links open", () => {
  it("shows the verification page without spending the link; the button logs in and welcomes", async () => {
    const shopper = browser();
    const user = await createTestUser(database.db, { password: PASSWORD, verified: false });
    const { token } = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
    });
    const path = `/fr/compte/verifier-email?token=${token}`;
    // Opened twice (a mail scanner, then the customer): nothing spent.
    for (let i = 0; i < 2; i++) {
      const page = await shopper.run<{ token: string; alternates: Record<string, string> }>(
        path,
        null,
        (request, caller) => linkPageData(request, "fr", caller, "verifyEmail"),
      );
      expect(page.status).toBe(200);
      expect(page.headers.get("Referrer-Policy")).toBe("strict-origin");
      expect(page.headers.get("Cache-Control")).toBe("private, no-store");
      expect(page.data?.token).toBe(token);
      // The language switcher keeps the link working in English.
      expect(page.data?.alternates.en).toBe(`/en/account/verify-email?token=${token}`);
    }

    const response = await shopper.run(path, { token }, (request, caller) =>
      linkAction(request, "fr", caller, "verifyEmail", { callerFor: shopper.callerFor }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/fr/compte?welcome=1");
    expect((await sessionOf(shopper))?.id).toBe(user.id);

    // Spent: the second click gets the "this link no longer works" page.
    const again = await browser().run<LinkActionData>(path, { token }, (request, caller) =>
      linkAction(request, "fr", caller, "verifyEmail"),
    );
    expect(again.status).toBe(400);
    expect(again.data).toEqual({ state: "invalid" });
  });

  it("a magic link for a new address creates the account and welcomes it", async () => {
    const shopper = browser();
    const email = `first-visit-${randomUUID()}@example.test`;
    const { token } = await issueAuthToken(database.db, { purpose: "MAGIC_LINK", userId: null, email });
    const response = await shopper.run("/en/login/link", { token }, (request, caller) =>
      linkAction(request, "en", caller, "magicLink"),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/en/account?welcome=1");
    expect((await sessionOf(shopper))?.email).toBe(email);
  });

  it("a reset link refuses a weak password without spending itself, then logs in with a good one", async () => {
    const shopper = browser();
    const user = await createTestUser(database.db, { password: PASSWORD });
    const { token } = await issueAuthToken(database.db, {
      purpose: "PASSWORD_RESET",
      userId: user.id,
      email: user.email,
    });
    const path = `/en/forgot-password/new?token=${token}`;
    const weak = await shopper.run<LinkActionData>(
      path,
      { token, password: "qwertyuiop" },
      (request, caller) => linkAction(request, "en", caller, "resetPassword"),
    );
    expect(weak.status).toBe(400);
    expect(weak.data).toMatchObject({
      state: "form",
      reply: { error: { password: ["validation.password_common"] } },
    });
    expect(JSON.stringify(weak.data)).not.toContain("qwertyuiop");

    const response = await shopper.run(
      path,
      {
        token,
        password: "copper-meadow-whistle-48",
      },
      (request, caller) => linkAction(request, "en", caller, "resetPassword"),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/en/account");
    expect((await sessionOf(shopper))?.id).toBe(user.id);
  });

  it("answers a link of another kind, a made-up one, or none as a link that no longer works", async () => {
    const user = await createTestUser(database.db);
    const { token: resetToken } = await issueAuthToken(database.db, {
      purpose: "PASSWORD_RESET",
      userId: user.id,
      email: user.email,
    });
    for (const token of [resetToken, "made-up", ""]) {
      const response = await browser().run<LinkActionData>(
        "/fr/connexion/lien",
        { token },
        (request, caller) => linkAction(request, "fr", caller, "magicLink"),
      );
      expect(response.data, token).toEqual({ state: "invalid" });
    }
    // The reset link was not spent by being tried on the wrong page.
    const page = await browser().run<{ token: string }>(
      "/fr/mot-de-passe-oublie/nouveau",
      null,
      (request, caller) => linkPageData(request, "fr", caller, "resetPassword"),
    );
    expect(page.data?.token).toBe("");
    const spent = await database.db.authToken.count({ where: { userId: user.id, usedAt: { not: null } } });
    expect(spent).toBe(0);
  });
});
