// The pages the emailed links open, against a real PostgreSQL and the real API.
import { randomUUID } from "node:crypto";
import { issueAuthToken } from "@comptoir/auth";
import { createTestUser } from "@comptoir/auth/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import type { LinkActionData } from "./auth-data";
import { linkAction, linkPageData } from "./auth-link.server";
import { browser, PASSWORD, sessionOf } from "./auth-test-browser.server";

const database = useTestDatabase("storefront_links");

describe("the pages emailed links open", () => {
  it("shows the verification page without spending the link; the button logs in and welcomes", async () => {
    const shopper = browser(database);
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
    const again = await browser(database).run<LinkActionData>(path, { token }, (request, caller) =>
      linkAction(request, "fr", caller, "verifyEmail"),
    );
    expect(again.status).toBe(400);
    expect(again.data).toEqual({ state: "invalid" });
  });

  it("a magic link for a new address creates the account and welcomes it", async () => {
    const shopper = browser(database);
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
    const shopper = browser(database);
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
      const response = await browser(database).run<LinkActionData>(
        "/fr/connexion/lien",
        { token },
        (request, caller) => linkAction(request, "fr", caller, "magicLink"),
      );
      expect(response.data, token).toEqual({ state: "invalid" });
    }
    // The reset link was not spent by being tried on the wrong page.
    const page = await browser(database).run<{ token: string }>(
      "/fr/mot-de-passe-oublie/nouveau",
      null,
      (request, caller) => linkPageData(request, "fr", caller, "resetPassword"),
    );
    expect(page.data?.token).toBe("");
    const spent = await database.db.authToken.count({ where: { userId: user.id, usedAt: { not: null } } });
    expect(spent).toBe(0);
  });
});
