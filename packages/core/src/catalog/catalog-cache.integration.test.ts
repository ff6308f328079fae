import { useTestDatabase } from "@comptoir/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createTestProduct } from "../testing";
import { CatalogCache, invalidateOnCatalogChanges } from "./catalog-cache";
import { getProductBySlug } from "./get-product-by-slug";

async function eventually(check: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("catalog cache invalidation", () => {
  const database = useTestDatabase("catalog_cache");
  const listeners: { close(): Promise<void> }[] = [];

  afterAll(async () => {
    await Promise.all(listeners.map((listener) => listener.close()));
  });

  it("drops cached reads when the catalog changes, in every process that listens", async () => {
    const { id } = await createTestProduct(database.db, {
      fr: { name: "Avant", slug: "produit" },
      variants: [{ priceAmount: 1000 }],
    });
    // Two caches stand for two app processes behind a load balancer.
    const caches = [new CatalogCache(), new CatalogCache()];
    for (const cache of caches) listeners.push(invalidateOnCatalogChanges(cache, database.url));
    await eventually(() => caches.every((cache) => cache.stats().enabled));

    const read = (cache: CatalogCache) =>
      cache.read(["product", "produit"], () =>
        getProductBySlug(database.db, { locale: "fr", slug: "produit" }),
      );
    for (const cache of caches) expect((await read(cache)).variants[0]?.price.amount).toBe(1000);

    await database.db.variant.updateMany({ where: { productId: id }, data: { priceAmount: 1250 } });
    await eventually(() => caches.every((cache) => cache.stats().entries === 0));
    for (const cache of caches) expect((await read(cache)).variants[0]?.price.amount).toBe(1250);
  });
});
