import { describe, expect, it } from "vitest";
import { contentDigestOf, IMMUTABLE, sealValue } from "./content-digest";
import { derivedFrom } from "./derived-value";

const sealed = <T extends object>(value: T) => sealValue(value, JSON.stringify(value));

describe("derivedFrom", () => {
  it("makes a cached value's view once, sealed, and hands the same one out again", () => {
    const product = sealed({ name: "Café", variants: [{ sku: "A", price: 890, stock: 3 }] });
    let made = 0;
    const view = (source: typeof product) => {
      made += 1;
      return { name: source.name, prices: source.variants.map((variant) => variant.price) };
    };
    const first = derivedFrom(product, "card", view);
    expect(first).toEqual({ name: "Café", prices: [890] });
    expect(derivedFrom(product, "card", view)).toBe(first);
    expect(made).toBe(1);
    // Sealed like the cache's values: frozen, with its own digest and the encoder's mark.
    expect(Object.isFrozen(first.prices)).toBe(true);
    expect(contentDigestOf(first)).toMatch(/^sha1:/);
    expect(contentDigestOf(first)).not.toBe(contentDigestOf(product));
    expect(Reflect.get(first, IMMUTABLE)).toBe(true);
    // Each part too: a loader sends them apart.
    expect(contentDigestOf(first.prices)).toBe(contentDigestOf(sealed([890])));
    expect(Reflect.get(first.prices, IMMUTABLE)).toBe(true);
  });

  it("keeps views of different keys apart, and makes new ones for a new source", () => {
    const before = sealed({ name: "Café" });
    const after = sealed({ name: "Café moulu" });
    const upper = (source: { name: string }) => ({ name: source.name.toUpperCase() });
    const lower = (source: { name: string }) => ({ name: source.name.toLowerCase() });
    expect(derivedFrom(before, "upper", upper)).toEqual({ name: "CAFÉ" });
    expect(derivedFrom(before, "lower", lower)).toEqual({ name: "café" });
    // The cache replaces a value after a catalog change: the view follows.
    expect(derivedFrom(after, "upper", upper)).toEqual({ name: "CAFÉ MOULU" });
  });

  it("does not keep a view of a value the cache did not seal", () => {
    const product = { name: "Café" };
    const view = (source: { name: string }) => ({ name: source.name });
    const first = derivedFrom(product, "card", view);
    product.name = "Thé";
    const second = derivedFrom(product, "card", view);
    expect(second).toEqual({ name: "Thé" });
    expect(second).not.toBe(first);
    expect(Object.isFrozen(second)).toBe(false);
    expect(contentDigestOf(second)).toBeUndefined();
  });
});
