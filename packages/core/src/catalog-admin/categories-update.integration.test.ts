import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { changeCategorySlug, resolveSlugRedirect } from "../catalog/slug-redirects";
import { isDomainError } from "../errors";
import { createTestCategory } from "../testing";
import { CategoryRefusal } from "./categories-refusal";
import type { CategoryChange } from "./categories-types";
import { updateCategory } from "./categories-update";

const texts = (name: string, slug: string, description = "") => ({ name, slug, description });

describe("updateCategory", () => {
  const database = useTestDatabase("category_update");
  const lookup = (slug: string, locale: "fr" | "en" = "fr") =>
    resolveSlugRedirect(database.db, { kind: "CATEGORY", locale, slug });

  it("edits the texts of both languages and keeps a changed slug's old URL as a redirect", async () => {
    const { id } = await createTestCategory(database.db, {
      fr: { name: "Épices", slug: "epices" },
      en: { name: "Spices", slug: "spices" },
    });
    const changes: CategoryChange[] = [];
    const result = await updateCategory(
      database.db,
      {
        categoryId: id,
        fr: texts("Épices du monde", "epices-du-monde", "Poivres, safran…"),
        en: texts("Spices", "spices"),
      },
      { audit: async (_tx, change) => void changes.push(change) },
    );
    expect(result).toEqual({ id, changed: true });
    expect(await lookup("epices")).toEqual({ slug: "epices-du-monde" });
    expect(await lookup("spices", "en")).toBeNull();
    // Only what changed is recorded.
    expect(changes).toEqual([
      {
        categoryId: id,
        before: { texts: { fr: texts("Épices", "epices") } },
        after: { texts: { fr: texts("Épices du monde", "epices-du-monde", "Poivres, safran…") } },
      },
    ]);

    // Renamed again: both older slugs lead to the current one, as with changeCategorySlug.
    await changeCategorySlug(database.db, { categoryId: id, locale: "fr", slug: "epices-fines" });
    await updateCategory(database.db, {
      categoryId: id,
      fr: texts("Épices", "epices-rares"),
      en: texts("Spices", "spices"),
    });
    expect(await lookup("epices")).toEqual({ slug: "epices-rares" });
    expect(await lookup("epices-fines")).toEqual({ slug: "epices-rares" });
  });

  it("writes and records nothing when sent again unchanged", async () => {
    const { id } = await createTestCategory(database.db, {
      fr: { name: "Sucre", slug: "sucre" },
      en: { name: "Sugar", slug: "sugar" },
    });
    const changes: CategoryChange[] = [];
    const result = await updateCategory(
      database.db,
      { categoryId: id, fr: texts("Sucre", "sucre"), en: texts("Sugar", "sugar") },
      { audit: async (_tx, change) => void changes.push(change) },
    );
    expect(result).toEqual({ id, changed: false });
    expect(changes).toEqual([]);
  });

  it("adds the texts of a language the category had none in", async () => {
    const { id } = await createTestCategory(database.db, { fr: { name: "Riz", slug: "riz" }, en: null });
    await updateCategory(database.db, { categoryId: id, fr: texts("Riz", "riz"), en: texts("Rice", "rice") });
    expect(
      await database.db.categoryTranslation.findUnique({
        where: { categoryId_locale: { categoryId: id, locale: "en" } },
        select: { name: true, slug: true },
      }),
    ).toEqual({ name: "Rice", slug: "rice" });
  });

  it("refuses a slug another category uses, and changes nothing", async () => {
    await createTestCategory(database.db, {
      fr: { name: "Pâtes", slug: "pates" },
      en: { name: "Pasta", slug: "pasta" },
    });
    const { id } = await createTestCategory(database.db, {
      fr: { name: "Farine", slug: "farine" },
      en: { name: "Flour", slug: "flour" },
    });
    const error = await updateCategory(database.db, {
      categoryId: id,
      fr: texts("Farines", "pates"),
      en: texts("Flour", "flour"),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CategoryRefusal);
    expect(error).toMatchObject({ reason: "slug_taken", field: "fr.slug" });
    const translation = await database.db.categoryTranslation.findUnique({
      where: { categoryId_locale: { categoryId: id, locale: "fr" } },
      select: { name: true, slug: true },
    });
    expect(translation).toEqual({ name: "Farine", slug: "farine" });
    expect(await lookup("farine")).toBeNull();
  });

  it("answers NOT_FOUND for a category that does not exist", async () => {
    const error = await updateCategory(database.db, {
      categoryId: "no-such-category",
      fr: texts("A", "a"),
      en: texts("A", "a"),
    }).catch((caught: unknown) => caught);
    expect(isDomainError(error, "NOT_FOUND")).toBe(true);
  });
});
