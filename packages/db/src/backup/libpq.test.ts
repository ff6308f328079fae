import { describe, expect, it } from "vitest";
import { toLibpq } from "./libpq";
import { parseMajorVersion } from "./pg-tools";

describe("toLibpq", () => {
  it("moves the password to PGPASSWORD and drops parameters libpq does not know", () => {
    const connection = toLibpq(
      "postgresql://shop:p%40ss%3Aword@db.internal:6432/comptoir?schema=public&connection_limit=5&sslmode=require",
    );
    expect(connection).toEqual({
      conninfo: "postgresql://shop@db.internal:6432/comptoir?sslmode=require",
      env: { PGPASSWORD: "p@ss:word" },
      database: "comptoir",
    });
  });

  it("sets no password when the URL has none", () => {
    expect(toLibpq("postgres://postgres@127.0.0.1:5432/postgres").env).toEqual({});
  });
});

describe("parseMajorVersion", () => {
  it("reads the major version of pg_dump and pg_restore, old numbering included", () => {
    expect(parseMajorVersion("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).toBe(15);
    expect(parseMajorVersion("pg_restore (PostgreSQL) 18.1\n")).toBe(18);
    expect(parseMajorVersion("pg_dump (PostgreSQL) 9.6.24\n")).toBe(9);
    expect(parseMajorVersion("something else")).toBeUndefined();
  });
});
