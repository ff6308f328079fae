import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestCategory, createTestProduct } from "../testing";
import { changeCategorySlug, changeProductSlug, resolveSlugRedirect } from "./slug-redirects";

describe("slug redirects", () => {
  const database = useTestDatabase("redirects");
  const lookup = (slug: string, locale: "fr" | "en" = "fr") =>
    resolveSlugRedirect(database.db, { kind: "PRODUCT", locale, slug });

  it("send every old slug straight to the current one, per locale", async () => {
    const { id } = await createTestProduct(database.db, {
      fr: { name: "A", slug: "alpha" },
      en: { name: "A", slug: "alpha-en" },
    });
    await changeProductSlug(database.db, { productId: id, locale: "fr", slug: "beta" });
    await changeProductSlug(database.db, { productId: id, locale: "fr", slug: "gamma" });
    expect(await lookup("alpha")).toEqual({ slug: "gamma" });
    expect(await lookup("beta")).toEqual({ slug: "gamma" });
    expect(await lookup("gamma")).toBeNull();
    expect(await lookup("alpha", "en")).toBeNull();

    // Back to the first name: it is the product's URL again, the others lead to it.
    await changeProductSlug(database.db, { productId: id, locale: "fr", slug: "alpha" });
    expect(await lookup("alpha")).toBeNull();
    expect(await lookup("gamma")).toEqual({ slug: "alpha" });
  });

  it("refuse a slug another product uses, and change nothing", async () => {
    const first = await createTestProduct(database.db, { fr: { name: "Un", slug: "un" } });
    await createTestProduct(database.db, { fr: { name: "Deux", slug: "deux" } });
    const error = await changeProductSlug(database.db, {
      productId: first.id,
      locale: "fr",
      slug: "deux",
    }).catch((caught: unknown) => caught);
    expect(isDomainError(error, "CONFLICT")).toBe(true);
    expect(await lookup("un")).toBeNull();
    expect(await database.db.productTranslation.count({ where: { slug: "un" } })).toBe(1);
  });

  it("lead nowhere once the product is no longer on sale", async () => {
    const { id } = await createTestProduct(database.db, { fr: { name: "Vieux", slug: "vieux" } });
    await changeProductSlug(database.db, { productId: id, locale: "fr", slug: "nouveau" });
    await database.db.product.update({ where: { id }, data: { status: "ARCHIVED" } });
    expect(await lookup("vieux")).toBeNull();
  });

  it("work for categories too", async () => {
    const { id } = await createTestCategory(database.db, { fr: { name: "Épices", slug: "epices" } });
    await changeCategorySlug(database.db, { categoryId: id, locale: "fr", slug: "epices-du-monde" });
    expect(
      await resolveSlugRedirect(database.db, { kind: "CATEGORY", locale: "fr", slug: "epices" }),
    ).toEqual({ slug: "epices-du-monde" });
    expect(
      await resolveSlugRedirect(database.db, { kind: "PRODUCT", locale: "fr", slug: "epices" }),
    ).toBeNull();
  });
});
