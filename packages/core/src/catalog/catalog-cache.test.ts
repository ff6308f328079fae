import { describe, expect, it } from "vitest";
import { CatalogCache } from "./catalog-cache";
import { contentDigestOf } from "./content-digest";

describe("CatalogCache", () => {
  it("loads once and serves the stored value afterwards", async () => {
    const cache = new CatalogCache();
    let loads = 0;
    const load = async () => ({ n: ++loads });
    expect(await cache.read(["a", { locale: "fr" }], load)).toEqual({ n: 1 });
    expect(await cache.read(["a", { locale: "fr" }], load)).toEqual({ n: 1 });
    expect(await cache.read(["a", { locale: "en" }], load)).toEqual({ n: 2 });
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, entries: 2 });
  });

  it("shares one load between concurrent readers", async () => {
    const cache = new CatalogCache();
    let loads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20));
    expect(await Promise.all(Array.from({ length: 10 }, () => cache.read(["k"], slow)))).toEqual(
      Array(10).fill(1),
    );
  });

  it("does not keep a value whose load began before a clear", async () => {
    const cache = new CatalogCache();
    let release!: (value: string) => void;
    const pending = cache.read(["k"], () => new Promise<string>((resolve) => (release = resolve)));
    cache.clear();
    release("stale");
    expect(await pending).toBe("stale");
    expect(await cache.read(["k"], async () => "fresh")).toBe("fresh");
  });

  it("does not keep failures", async () => {
    const cache = new CatalogCache();
    await expect(cache.read(["k"], () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.read(["k"], async () => "ok")).toBe("ok");
  });

  it("bypasses itself while disabled", async () => {
    const cache = new CatalogCache({ enabled: false });
    let loads = 0;
    await cache.read(["k"], async () => ++loads);
    await cache.read(["k"], async () => ++loads);
    expect(loads).toBe(2);
  });

  it("hands out its values frozen, with the digest of their JSON, whether it keeps them or not", async () => {
    for (const cache of [new CatalogCache(), new CatalogCache({ enabled: false })]) {
      const value = await cache.read(["k"], async () => ({ items: [{ price: 890 }] }));
      expect(Object.isFrozen(value.items[0])).toBe(true);
      expect(contentDigestOf(value)).toMatch(/^sha1:/);
    }
  });

  it("gives a value loaded again after a change a new digest when its content changed", async () => {
    const cache = new CatalogCache();
    const first = await cache.read(["k"], async () => ({ price: 890 }));
    expect(await cache.read(["k"], async () => ({ price: 990 }))).toBe(first);
    cache.clear();
    const second = await cache.read(["k"], async () => ({ price: 990 }));
    expect(contentDigestOf(second)).not.toBe(contentDigestOf(first));
  });
});
