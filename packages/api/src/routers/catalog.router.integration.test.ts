import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { domainCodeOf, isNotFoundError } from "../errors";
import { callerFor } from "../testing/callers";

describe("catalog router", () => {
  const database = useTestDatabase("api_catalog");

  it("serves featured products and product pages to anonymous shoppers", async () => {
    await createTestProduct(database.db, {
      featured: true,
      fr: { name: "Miel de lavande", slug: "miel-de-lavande" },
      en: { name: "Lavender honey", slug: "lavender-honey" },
      variants: [{ priceAmount: 1190 }],
    });
    const { api } = await callerFor(database.db, "storefront");
    const featured = await api.catalog.featured({ locale: "en" });
    expect(featured).toEqual([
      expect.objectContaining({ name: "Lavender honey", price: { amount: 1190, currency: "EUR" } }),
    ]);
    const product = await api.catalog.product({ locale: "fr", slug: "miel-de-lavande" });
    expect(product.slugs).toEqual({ fr: "miel-de-lavande", en: "lavender-honey" });
  });

  it("maps a missing product to NOT_FOUND with the domain code, and refuses malformed slugs", async () => {
    const { api } = await callerFor(database.db, "storefront");
    const missing = await api.catalog
      .product({ locale: "fr", slug: "absent" })
      .catch((error: unknown) => error);
    expect(isNotFoundError(missing)).toBe(true);
    expect(domainCodeOf(missing)).toBe("NOT_FOUND");
    const malformed = await api.catalog
      .product({ locale: "fr", slug: "../../etc" })
      .catch((error: unknown) => error);
    expect((malformed as TRPCError).code).toBe("BAD_REQUEST");
  });
});
