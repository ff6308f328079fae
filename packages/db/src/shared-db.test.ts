// getDb, called once per request by the apps: one client per DATABASE_URL, a new one when the
// variable changes, and the same clear refusal as at start-up when it is missing or malformed.
import { afterEach, describe, expect, it } from "vitest";
import { disconnectSharedDb, getDb } from "./client";
import { ConfigError } from "./config-error";

const saved = process.env.DATABASE_URL;

afterEach(async () => {
  await disconnectSharedDb();
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
});

describe("getDb", () => {
  it("hands out one client per DATABASE_URL, and a new one when the variable changes", () => {
    process.env.DATABASE_URL = "postgresql://shop@127.0.0.1:5432/first";
    const first = getDb();
    expect(getDb()).toBe(first);
    process.env.DATABASE_URL = "postgresql://shop@127.0.0.1:5432/second";
    const second = getDb();
    expect(second).not.toBe(first);
    expect(getDb()).toBe(second);
  });

  it("refuses a missing or malformed DATABASE_URL even after a client was made", () => {
    process.env.DATABASE_URL = "postgresql://shop@127.0.0.1:5432/first";
    getDb();
    process.env.DATABASE_URL = "mysql://shop@127.0.0.1/first";
    expect(() => getDb()).toThrow(ConfigError);
    delete process.env.DATABASE_URL;
    expect(() => getDb()).toThrow(/DATABASE_URL is not set/);
  });
});
