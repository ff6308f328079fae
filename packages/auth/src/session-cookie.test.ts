// The session cookie's attributes, in development and in production (where it must be Secure).
import type { Db } from "@comptoir/db";
import { afterEach, describe, expect, it, vi } from "vitest";

// Building a cookie touches no table: Lucia only keeps the delegates.
const db = { session: {}, user: {} } as unknown as Db;

async function luciaIn(env: "production" | "test") {
  vi.stubEnv("NODE_ENV", env);
  vi.resetModules();
  const { luciaFor } = await import("./lucia");
  return luciaFor(db, "storefront");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the storefront session cookie", () => {
  it("is httpOnly, SameSite=Lax, for the whole site, and lasts a month (the expiry slides)", async () => {
    const lucia = await luciaIn("test");
    const cookie = lucia.createSessionCookie("session-id").serialize();
    expect(cookie).toMatch(/^comptoir_session=session-id;/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Secure/i);
    const maxAge = Number(/Max-Age=(\d+)/i.exec(cookie)?.[1]);
    expect(maxAge).toBe(30 * 24 * 3600);
  });

  it("is Secure in production, and so is the blank cookie that clears it", async () => {
    const lucia = await luciaIn("production");
    expect(lucia.createSessionCookie("session-id").serialize()).toMatch(/; Secure/i);
    expect(lucia.createBlankSessionCookie().serialize()).toMatch(/; Secure/i);
  });
});
