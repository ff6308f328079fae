import { describe, expect, it } from "vitest";
import { renderBanner } from "./banner";

describe("renderBanner", () => {
  const info = {
    storefrontUrl: "http://localhost:3000",
    adminUrl: "http://localhost:3001",
    database: "embedded PostgreSQL, /repo/.data/postgres (port 54329)",
    demoStaff: { email: "admin@comptoir.dev", password: "secret-demo" },
    mode: "development" as const,
  };

  it("says where each app is and how to log in to the admin, in a closed box", () => {
    const lines = renderBanner(info).split("\n");
    expect(lines.join("\n")).toContain("Storefront  http://localhost:3000");
    expect(lines.join("\n")).toContain("Admin       http://localhost:3001");
    expect(lines.join("\n")).toContain("admin@comptoir.dev");
    expect(lines.join("\n")).toContain("secret-demo");
    // Every line of the box has the same width.
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });

  it("never shows demo credentials in production", () => {
    expect(renderBanner({ ...info, demoStaff: null, mode: "production" })).not.toContain("password");
  });
});
