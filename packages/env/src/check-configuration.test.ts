import { describe, expect, it } from "vitest";
import { checkConfiguration } from "./check-configuration.js";
import {
  DEMO_STAFF_PASSWORD,
  DEVELOPMENT_COOKIE_SECRET,
  DEVELOPMENT_WEBHOOK_SECRET,
} from "./development-defaults.js";

const COOKIE_SECRET = "k3y-0f-th1rty-tw0-rand0m-characters-at-least";
const WEBHOOK_SECRET = "whsec_9f8e7d6c5b4a3f2e1d0c9b8a";

/** A production environment that passes every rule for every role. */
const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://shop:s3cret-db-password@db.internal:5432/comptoir",
  PUBLIC_URL: "https://shop.example",
  COOKIE_SECRET,
  STRIPE_SECRET_KEY: "sk_live_51abcdefghijklmnop",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  SMTP_URL: "smtp://mailer:smtp-pass-123@smtp.example:587",
  TOTP_ENCRYPTION_KEY: "t0tp-k3y-0f-th1rty-tw0-rand0m-characters",
};

function problemsOf(result: ReturnType<typeof checkConfiguration>): string[] {
  return result.ok ? [] : result.problems;
}

describe("checkConfiguration outside production", () => {
  it("needs no variable at all in development and tests", () => {
    for (const role of ["storefront", "admin", "worker"] as const) {
      expect(checkConfiguration(role, {})).toMatchObject({ ok: true, production: false });
      expect(checkConfiguration(role, { NODE_ENV: "test" })).toMatchObject({ ok: true });
    }
  });

  it("applies the defaults and parses numbers", () => {
    const result = checkConfiguration("worker", { EMAIL_CONCURRENCY: "8", DATABASE_POOL_MAX: " " });
    expect(result).toMatchObject({
      ok: true,
      values: {
        NODE_ENV: "development",
        EMAIL_CONCURRENCY: 8,
        DATABASE_POOL_MAX: 10,
        RECONCILE_CRON: "* * * * *",
      },
    });
  });

  it("still refuses malformed values, each named", () => {
    const result = checkConfiguration("storefront", {
      DATABASE_URL: "mysql://db/shop",
      ALLOWED_ORIGINS: "https://shop.example/fr",
      REDIS_URL: "http://cache:6379",
      NODE_ENV: "staging",
    });
    expect(problemsOf(result)).toEqual([
      "NODE_ENV must be development, production or test",
      "DATABASE_URL must be a postgresql:// URL, e.g. postgresql://user:password@localhost:5432/comptoir.",
      'ALLOWED_ORIGINS must list origins such as https://shop.example, separated by commas: "https://shop.example/fr" is not one.',
      "REDIS_URL must be a redis:// or rediss:// URL",
    ]);
  });

  it("accepts the development defaults outside production", () => {
    const result = checkConfiguration("storefront", {
      COOKIE_SECRET: DEVELOPMENT_COOKIE_SECRET,
      STRIPE_WEBHOOK_SECRET: DEVELOPMENT_WEBHOOK_SECRET,
      STRIPE_EMULATOR_URL: "http://127.0.0.1:12111",
    });
    expect(result.ok).toBe(true);
  });

  it("only validates what the role reads", () => {
    // SMTP_URL belongs to the worker: a broken one does not stop the admin.
    expect(checkConfiguration("admin", { SMTP_URL: "nonsense" }).ok).toBe(true);
    expect(problemsOf(checkConfiguration("worker", { SMTP_URL: "nonsense" }))).toEqual([
      "SMTP_URL must be smtp://user:password@host:port or smtps://…",
    ]);
  });
});

describe("checkConfiguration in production", () => {
  it("accepts a complete configuration for every role", () => {
    for (const role of ["storefront", "admin", "worker"] as const) {
      expect(checkConfiguration(role, production)).toMatchObject({ ok: true, production: true });
    }
  });

  it("lists every missing requirement at once", () => {
    expect(problemsOf(checkConfiguration("storefront", { NODE_ENV: "production" }))).toEqual([
      "PUBLIC_URL is required in production.",
      "DATABASE_URL is required in production.",
      "COOKIE_SECRET is required in production.",
      "STRIPE_SECRET_KEY is required in production.",
      "STRIPE_WEBHOOK_SECRET is required in production.",
    ]);
    expect(problemsOf(checkConfiguration("worker", { NODE_ENV: "production" }))).toEqual([
      "PUBLIC_URL is required in production.",
      "DATABASE_URL is required in production.",
      "STRIPE_SECRET_KEY is required in production.",
      "SMTP_URL is required in production.",
    ]);
    // The admin refunds through the payment provider: it needs the provider's key too.
    expect(problemsOf(checkConfiguration("admin", { NODE_ENV: "production" }))).toEqual([
      "DATABASE_URL is required in production.",
      "TOTP_ENCRYPTION_KEY is required in production.",
      "STRIPE_SECRET_KEY is required in production.",
    ]);
  });

  it("refuses a secret that is too short, including one of a rotation list", () => {
    expect(
      problemsOf(checkConfiguration("storefront", { ...production, COOKIE_SECRET: "short-secret" })),
    ).toEqual(["COOKIE_SECRET is too short: at least 32 random characters in production."]);
    const rotation = `${COOKIE_SECRET}, tooshort`;
    expect(problemsOf(checkConfiguration("storefront", { ...production, COOKIE_SECRET: rotation }))).toEqual([
      "COOKIE_SECRET is too short: at least 32 random characters in production.",
    ]);
    expect(
      checkConfiguration("storefront", { ...production, COOKIE_SECRET: `${COOKIE_SECRET},${COOKIE_SECRET}x` })
        .ok,
    ).toBe(true);
  });

  it("refuses the development values published in the source", () => {
    const result = checkConfiguration("storefront", {
      ...production,
      COOKIE_SECRET: `${COOKIE_SECRET},${DEVELOPMENT_COOKIE_SECRET}`,
      STRIPE_WEBHOOK_SECRET: DEVELOPMENT_WEBHOOK_SECRET,
    });
    expect(problemsOf(result)).toEqual([
      "COOKIE_SECRET is a known development value, public in the source: set a secret of your own.",
      "STRIPE_WEBHOOK_SECRET is a known development value, public in the source: set a secret of your own.",
    ]);
    // The demo password pasted as a secret, whatever its case.
    const demo = checkConfiguration("storefront", {
      ...production,
      COOKIE_SECRET: DEMO_STAFF_PASSWORD.toUpperCase(),
    });
    expect(problemsOf(demo)).toEqual([
      "COOKIE_SECRET is a known development value, public in the source: set a secret of your own.",
    ]);
  });

  it("refuses the emulator, the dev mailbox, plain http and debug logs", () => {
    const result = checkConfiguration("worker", {
      ...production,
      PUBLIC_URL: "http://shop.example",
      STRIPE_EMULATOR_URL: "http://127.0.0.1:12111",
      DEV_MAILBOX_URL: "smtp://127.0.0.1:1025",
      LOG_LEVEL: "debug",
    });
    expect(problemsOf(result)).toEqual([
      "PUBLIC_URL must be an https:// address in production.",
      "STRIPE_EMULATOR_URL must not be set in production: it points at a development service.",
      "DEV_MAILBOX_URL must not be set in production: it points at a development service.",
      "LOG_LEVEL debug and trace are development settings: use info (or warn, error) in production.",
    ]);
  });

  it("lists malformed values and production problems together", () => {
    const result = checkConfiguration("storefront", {
      NODE_ENV: "production",
      DATABASE_URL: production.DATABASE_URL,
      PUBLIC_URL: "https://shop.example",
      STRIPE_SECRET_KEY: "pk_live_wrong_kind",
      STRIPE_WEBHOOK_SECRET: "whsec_short",
      COOKIE_SECRET: DEVELOPMENT_COOKIE_SECRET,
    });
    expect(problemsOf(result)).toEqual([
      "STRIPE_SECRET_KEY must be a Stripe secret key (sk_live_... or sk_test_...)",
      "COOKIE_SECRET is a known development value, public in the source: set a secret of your own.",
      "STRIPE_WEBHOOK_SECRET is too short: at least 20 random characters in production.",
    ]);
  });

  it("never echoes a secret's value", () => {
    const secrets = {
      NODE_ENV: "production",
      DATABASE_URL: "mysql://root:hunter2-database@db/shop",
      COOKIE_SECRET: "hunter2-cookie",
      STRIPE_SECRET_KEY: "rk_hunter2-stripe",
      STRIPE_WEBHOOK_SECRET: "hunter2-webhook",
      SMTP_URL: "http://mailer:hunter2-smtp@mail",
      REDIS_URL: "http://:hunter2-redis@cache",
    };
    const problems = [
      ...problemsOf(checkConfiguration("storefront", secrets)),
      ...problemsOf(checkConfiguration("worker", secrets)),
    ];
    expect(problems.length).toBeGreaterThanOrEqual(8);
    expect(problems.join("\n")).not.toContain("hunter2");
  });
});
