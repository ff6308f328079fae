import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CONTENT_DIGEST, contentDigestOf, IMMUTABLE, sealValue } from "./content-digest";

const digestOf = (json: string) => `sha1:${createHash("sha1").update(json).digest("base64url")}`;

describe("sealValue", () => {
  it("gives the value the digest of its JSON, out of sight of JSON and of Object.keys", () => {
    const value = { name: "Café", items: [{ price: 890 }] };
    const json = JSON.stringify(value);
    sealValue(value, json);
    expect(contentDigestOf(value)).toBe(digestOf(json));
    expect(Symbol.for("comptoir.contentDigest")).toBe(CONTENT_DIGEST);
    // Remix's data encoder (patched turbo-stream) reads this one: the value never changes.
    expect(Reflect.get(value, Symbol.for("turbo-stream.immutable"))).toBe(true);
    expect(IMMUTABLE).toBe(Symbol.for("turbo-stream.immutable"));
    expect(JSON.stringify(value)).toBe(json);
    expect(Object.keys(value)).toEqual(["name", "items"]);
    expect(Object.getOwnPropertySymbols({ ...value })).toEqual([]);
  });

  it("freezes the value all the way down: a change by one reader would reach every later one", () => {
    const value = { page: { items: [{ price: { amount: 890 } }] } };
    sealValue(value, JSON.stringify(value));
    expect(() => {
      value.page.items[0]!.price.amount = 1;
    }).toThrow(TypeError);
    expect(() => value.page.items.push({ price: { amount: 2 } })).toThrow(TypeError);
    expect(value.page.items[0]!.price.amount).toBe(890);
  });

  it("leaves primitives, class instances and already frozen values as they are", () => {
    expect(sealValue("text", '"text"')).toBe("text");
    expect(sealValue(null, "null")).toBeNull();
    // An index kept in a Map: its JSON ("{}") does not say what it holds, so no digest may stand for it.
    class Index {
      readonly byId = new Map([["a", 1]]);
    }
    const index = sealValue(new Index(), "{}");
    expect(contentDigestOf(index)).toBeUndefined();
    expect(Object.isFrozen(index)).toBe(false);
    const withInstances = { bytes: new Uint8Array([1, 2]), at: new Date(0) };
    sealValue(withInstances, JSON.stringify(withInstances));
    expect(Object.isFrozen(withInstances)).toBe(true);
    expect(Object.isFrozen(withInstances.at)).toBe(false);
    withInstances.bytes[0] = 9;
    expect(withInstances.bytes[0]).toBe(9);
    const frozen = Object.freeze({ a: 1 });
    expect(contentDigestOf(sealValue(frozen, "{}"))).toBeUndefined();
  });

  it("gives values of different content different digests, equal content equal ones", () => {
    const a = sealValue({ price: 890 }, JSON.stringify({ price: 890 }));
    const b = sealValue({ price: 890 }, JSON.stringify({ price: 890 }));
    const c = sealValue({ price: 990 }, JSON.stringify({ price: 990 }));
    expect(contentDigestOf(a)).toBe(contentDigestOf(b));
    expect(contentDigestOf(a)).not.toBe(contentDigestOf(c));
    expect(contentDigestOf({ price: 890 })).toBeUndefined();
  });
});
