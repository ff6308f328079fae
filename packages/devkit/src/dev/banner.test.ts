import { describe, expect, it } from "vitest";
import { renderBanner } from "./banner";

describe("renderBanner", () => {
  const info = {
    storefrontUrl: "http://localhost:3000",
    adminUrl: "http://localhost:3001",
    database: "embedded PostgreSQL, /repo/.data/postgres (port 54329)",
    demoStaff: { email: "admin@comptoir.dev", password: "secret-demo", totpSecret: "DEMOSECRET" },
    mode: "development" as const,
    payments: "Stripe emulator, http://localhost:12111",
    mailbox: "http://localhost:8025",
    worker: true,
  };

  it("says where each app is and how to log in to the admin, in a closed box", () => {
    const lines = renderBanner(info).split("\n");
    expect(lines.join("\n")).toContain("Storefront  http://localhost:3000");
    expect(lines.join("\n")).toContain("Admin       http://localhost:3001");
    expect(lines.join("\n")).toContain("admin@comptoir.dev");
    expect(lines.join("\n")).toContain("DEMOSECRET");
    expect(lines.join("\n")).toContain("secret-demo");
    // Every line of the box has the same width.
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });

  it("says where payments and emails go, and when the worker is not running", () => {
    const text = renderBanner(info);
    expect(text).toContain("Payments    Stripe emulator, http://localhost:12111");
    expect(text).toContain("Emails      http://localhost:8025");
    expect(text).not.toContain("Worker");
    const production = renderBanner({ ...info, mailbox: null, worker: false, payments: "Stripe" });
    expect(production).not.toContain("Emails");
    expect(production).toContain("set SMTP_URL");
  });

  it("never shows demo credentials in production", () => {
    expect(renderBanner({ ...info, demoStaff: null, mode: "production" })).not.toContain("password");
  });
});
