import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error";
import { assertReachable, databaseNameOf, parseDatabaseUrl, withDatabaseName } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("accepts postgresql:// and postgres:// URLs", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db.example:6543/shop").hostname).toBe("db.example");
    expect(parseDatabaseUrl("postgres://localhost/shop").pathname).toBe("/shop");
  });

  it("explains a malformed URL in one line", () => {
    expect(() => parseDatabaseUrl("not a url")).toThrowError(ConfigError);
    expect(() => parseDatabaseUrl("not a url")).toThrowError(/DATABASE_URL is not a valid URL/);
    expect(() => parseDatabaseUrl("mysql://localhost/shop")).toThrowError(/must be a postgresql:\/\/ URL/);
  });
});

describe("database names", () => {
  it("swaps the database of a URL and reads it back", () => {
    const url = withDatabaseName("postgresql://u:p@h:1/a?sslmode=disable", "b");
    expect(databaseNameOf(url)).toBe("b");
    expect(new URL(url).searchParams.get("sslmode")).toBe("disable");
  });
});

describe("assertReachable", () => {
  it("turns a refused connection into a readable ConfigError", async () => {
    // Port 9 (discard) is closed on a normal machine: the connection is refused at once.
    await expect(assertReachable("postgresql://u:p@127.0.0.1:9/x")).rejects.toThrowError(
      "Cannot connect to PostgreSQL at 127.0.0.1:9 (DATABASE_URL): connection refused (is the server running?).",
    );
  });
});
