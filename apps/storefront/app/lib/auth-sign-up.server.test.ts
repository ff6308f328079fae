// The sign-up and forgot-password pages' actions against a real PostgreSQL and the real API.
import { randomUUID } from "node:crypto";
import { createTestUser } from "@comptoir/auth/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import type { EmailSentData } from "./auth-data";
import { forgotPasswordAction } from "./auth-forgot-password.server";
import { signUpAction } from "./auth-sign-up.server";
import { browser, PASSWORD, sessionOf } from "./auth-test-browser.server";

const database = useTestDatabase("storefront_sign_up");

describe("sign-up and forgot-password pages", () => {
  it("signs up: check your inbox; a known address gets the very same answer", async () => {
    const shopper = browser(database);
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
    const shopper = browser(database);
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
    const shopper = browser(database);
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
