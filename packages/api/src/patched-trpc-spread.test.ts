// tRPC's build compiles object spread (`{ ...opts, ctx }`) to a helper that copied every property
// through Object.defineProperty; it runs several times per middleware of every procedure call. The
// patch (patches/@trpc__server@11.25.2.patch) builds the same objects with Object.assign, and with
// the language's spread for a source holding an own `__proto__` key. These tests hold it to the
// helper it replaced (kept below as the reference), and to what it relies on in tRPC's build.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { initTRPC } from "@trpc/server";
import { describe, expect, it } from "vitest";

type Spread = (target: object, ...sources: unknown[]) => object;

/** The bundler's helper as tRPC ships it (oxc runtime 0.149, objectSpread2). */
function referenceSpread(e: Record<PropertyKey, unknown>, ...sources: unknown[]): object {
  const ownKeys = (o: object, enumerableOnly: boolean) => {
    const keys: PropertyKey[] = Object.keys(o);
    let symbols = Object.getOwnPropertySymbols(o);
    if (enumerableOnly) symbols = symbols.filter((s) => Object.getOwnPropertyDescriptor(o, s)?.enumerable);
    return keys.concat(symbols);
  };
  sources.forEach((source, index) => {
    const t = (source ?? {}) as Record<PropertyKey, unknown>;
    if (index % 2 === 0) {
      for (const key of ownKeys(Object(t), true)) {
        Object.defineProperty(e, key, {
          value: t[key],
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
    } else {
      Object.defineProperties(e, Object.getOwnPropertyDescriptors(t));
    }
  });
  return e;
}

/** The patched helper, from the chunk of @trpc/server that defines it (both builds). */
async function patchedHelpers(): Promise<Spread[]> {
  const dist = path.dirname(createRequire(import.meta.url).resolve("@trpc/server"));
  const chunks = readdirSync(dist).filter((name) => /^getErrorShape-.*\.(mjs|cjs)$/.test(name));
  expect(chunks).toHaveLength(2);
  const helpers: Spread[] = [];
  for (const chunk of chunks) {
    const source = (await import(pathToFileURL(path.join(dist, chunk)).href)) as Record<string, unknown>;
    const helper = Object.values(source).find(
      (value): value is Spread => typeof value === "function" && value.name === "_objectSpread2",
    );
    if (!helper) throw new Error(`no _objectSpread2 in ${chunk}`);
    expect(helper.toString()).toContain("Object.assign(e, t)");
    helpers.push(helper);
  }
  return helpers;
}

/** Every own property with its descriptor, in order: what the two helpers must agree on. */
function describeObject(value: object) {
  return {
    prototype: Object.getPrototypeOf(value),
    properties: Reflect.ownKeys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)]),
  };
}

const symbol = Symbol("comptoir");
const hidden = Object.defineProperty({ shown: 1 }, "hidden", { value: 2, enumerable: false });
// A getter in a source is read (spread semantics); the build's literal parts hold none (see below).
const withAccessor = {
  get total() {
    return 42;
  },
};
// JSON.parse makes "__proto__" an own data property: a copy must not change the prototype.
const parsed = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as object;

// [sources after the fresh target]: the argument lists the bundler emits, and edge cases.
const cases: unknown[][] = [
  [{ a: 1, b: 2 }],
  [{ a: 1 }, {}, { a: 2, c: 3 }],
  [{ ctx: { user: null }, input: { slug: "cafe" } }, {}, { meta: undefined, next: () => null }],
  [null],
  [undefined, {}, { a: 1 }],
  ["ab"],
  [{ [symbol]: "s", z: 1, 2: "two", 1: "one" }],
  [hidden],
  [withAccessor],
  [parsed],
  [{ a: 1 }, parsed, { b: 2 }],
  [{ a: 1 }, {}, parsed],
  [{ a: 1 }, {}, { b: 2 }, {}, { a: 3 }],
];

/**
 * Every call of the helper in @trpc/server's build, with its arguments' text. The patch relies on
 * what the bundler emits: a fresh object as the target (a literal, or the helper's own result), and
 * no getter or setter among the literal parts (the native spread reads them into plain values).
 */
function helperCallsInBuild(): string[] {
  const dist = path.dirname(createRequire(import.meta.url).resolve("@trpc/server"));
  const calls: string[] = [];
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((name) =>
    /\.(mjs|cjs)$/.test(name),
  );
  for (const file of files) {
    const source = readFileSync(path.join(dist, file), "utf8");
    for (const match of source.matchAll(/_objectSpread2\)?\(/g)) {
      let depth = 1;
      let end = match.index + match[0].length;
      while (depth > 0 && end < source.length) {
        const char = source[end];
        if (char === "(" || char === "[" || char === "{") depth += 1;
        else if (char === ")" || char === "]" || char === "}") depth -= 1;
        end += 1;
      }
      calls.push(source.slice(match.index + match[0].length, end - 1));
    }
  }
  return calls;
}

describe("tRPC's object spread helper (patched)", () => {
  it("is only called the way the bundler calls it: a fresh target, no accessors", () => {
    const calls = helperCallsInBuild().filter((args) => args !== "e");
    expect(calls.length).toBeGreaterThan(50);
    for (const args of calls) {
      expect(args, args).toMatch(/^\s*(\{|\(0, [\w$]+\._objectSpread2\)\(|([\w$]+\.)?_objectSpread2\()/);
      expect(args, args).not.toMatch(/\b(get|set)\s+[\w$]+\s*\(/);
    }
  });

  it("builds the same objects as the helper it replaced", async () => {
    for (const helper of await patchedHelpers()) {
      for (const sources of cases) {
        const expected = referenceSpread({}, ...sources);
        const actual = helper({}, ...sources);
        expect(describeObject(actual)).toEqual(describeObject(expected));
        expect(Object.getPrototypeOf(actual)).toBe(Object.prototype);
      }
      // A target that already holds properties (the bundler's `{ a, ...b }`) keeps their order.
      expect(Object.keys(helper({ first: 1, second: 2 }, { second: 3, third: 4 }))).toEqual([
        "first",
        "second",
        "third",
      ]);
    }
  });

  it("still carries context, input and meta through a procedure's middlewares", async () => {
    const t = initTRPC.context<{ shop: string }>().meta<{ permission?: string }>().create();
    const seen: unknown[] = [];
    const procedure = t.procedure
      .meta({ permission: "catalog:read" })
      .use(({ ctx, meta, next }) => {
        seen.push(meta?.permission);
        return next({ ctx: { ...ctx, locale: "fr" as const } });
      })
      .use(({ ctx, next }) => next({ ctx: { user: ctx.locale === "fr" ? "ada" : null } }))
      .input((value) => value as { slug: string })
      .query(({ ctx, input }) => ({ shop: ctx.shop, locale: ctx.locale, user: ctx.user, slug: input.slug }));
    const caller = t.createCallerFactory(t.router({ product: procedure }))({ shop: "Comptoir" });
    expect(await caller.product({ slug: "cafe" })).toEqual({
      shop: "Comptoir",
      locale: "fr",
      user: "ada",
      slug: "cafe",
    });
    expect(seen).toEqual(["catalog:read"]);
  });
});
