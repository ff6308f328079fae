// The admin's category procedures: the tree for every staff role, and its changes for managers and
// above, each audited in its own transaction; bad input and refusals come back on their field and
// change nothing.
import { createTestCategory, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { domainCodeOf, fieldErrorsFromError } from "../../errors";
import { staffCaller } from "../../testing/callers";

const texts = (name: string, slug = "", description = "") => ({ name, slug, description });

describe("admin.categories", () => {
  const database = useTestDatabase("api_admin_categories");

  async function failure(call: Promise<unknown>) {
    const error = await call.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error, "the call should have failed").toBeInstanceOf(TRPCError);
    return {
      code: (error as TRPCError).code,
      domainCode: domainCodeOf(error),
      fields: fieldErrorsFromError(error),
    };
  }

  const auditOf = (entityId: string) =>
    database.db.auditLog.findMany({
      where: { entityType: "category", entityId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, actorRole: true, before: true, after: true },
    });

  it("lets a manager create, edit, move, reorder and delete, each change audited", async () => {
    const { api, user } = await staffCaller(database.db, "MANAGER");
    const top = await api.admin.categories.create({
      parentId: null,
      fr: texts("Épicerie fine"),
      en: texts("Fine foods"),
    });
    expect(top.key).toBe("epicerie-fine");
    const oils = await api.admin.categories.create({
      parentId: top.id,
      fr: texts("Huiles", "huiles", "Olive, noix"),
      en: texts("Oils", "oils"),
    });
    const vinegars = await api.admin.categories.create({
      parentId: top.id,
      fr: texts("Vinaigres"),
      en: texts("Vinegars"),
    });

    const listed = await api.admin.categories.list();
    const mine = listed.filter((row) => [top.id, oils.id, vinegars.id].includes(row.id));
    expect(mine.map((row) => [row.texts.fr?.slug, row.texts.en?.slug, row.depth])).toEqual([
      ["epicerie-fine", "fine-foods", 0],
      ["huiles", "oils", 1],
      ["vinaigres", "vinegars", 1],
    ]);

    await api.admin.categories.update({
      categoryId: oils.id,
      fr: texts("Huiles d’olive", "huiles-d-olive", "Olive"),
      en: texts("Olive oils", ""),
    });
    expect(
      await database.db.slugRedirect.findMany({
        where: { categoryId: oils.id },
        select: { kind: true, locale: true, fromSlug: true },
        orderBy: { locale: "asc" },
      }),
    ).toEqual([
      // Locales sort in the enum's order: French first.
      { kind: "CATEGORY", locale: "fr", fromSlug: "huiles" },
      { kind: "CATEGORY", locale: "en", fromSlug: "oils" },
    ]);
    // The storefront's old URL answers with the new slug.
    expect(await api.catalog.redirect({ kind: "CATEGORY", locale: "fr", slug: "huiles" })).toEqual({
      slug: "huiles-d-olive",
    });

    await api.admin.categories.reorder({ categoryId: vinegars.id, direction: "up" });
    await api.admin.categories.move({ categoryId: vinegars.id, parentId: null });
    await api.admin.categories.move({ categoryId: vinegars.id, parentId: top.id });
    await api.admin.categories.delete({ categoryId: vinegars.id });
    expect(await database.db.category.count({ where: { id: vinegars.id } })).toBe(0);

    expect((await auditOf(top.id)).map((entry) => entry.action)).toEqual(["category.created"]);
    expect(await auditOf(oils.id)).toEqual([
      expect.objectContaining({ action: "category.created", actorId: user.id, actorRole: "MANAGER" }),
      {
        action: "category.updated",
        actorId: user.id,
        actorRole: "MANAGER",
        before: {
          texts: {
            fr: { name: "Huiles", slug: "huiles", description: "Olive, noix" },
            en: { name: "Oils", slug: "oils", description: "" },
          },
        },
        after: {
          texts: {
            fr: { name: "Huiles d’olive", slug: "huiles-d-olive", description: "Olive" },
            en: { name: "Olive oils", slug: "olive-oils", description: "" },
          },
        },
      },
    ]);
    const vinegarTrail = await auditOf(vinegars.id);
    expect(vinegarTrail.map((entry) => entry.action)).toEqual([
      "category.created",
      "category.reordered",
      "category.moved",
      "category.moved",
      "category.deleted",
    ]);
    expect(vinegarTrail[2]).toMatchObject({ before: { parentId: top.id }, after: { parentId: null } });
    expect(vinegarTrail[4]).toMatchObject({ before: { texts: { fr: { slug: "vinaigres" } } }, after: null });
  });

  it("refuses a taken slug, a loop, an unknown parent and a non-empty category on their fields, changing nothing", async () => {
    const { api } = await staffCaller(database.db, "ADMIN");
    const taken = await createTestCategory(database.db, {
      fr: { name: "Confitures", slug: "confitures" },
      en: { name: "Jams", slug: "jams" },
    });
    const child = await createTestCategory(database.db, {
      parentId: taken.id,
      fr: { name: "Fraise", slug: "fraise" },
      en: { name: "Strawberry", slug: "strawberry" },
    });
    await createTestProduct(database.db, { categories: [{ id: child.id }] });
    const auditCount = () => database.db.auditLog.count({ where: { entityType: "category" } });
    const categoryCount = () => database.db.category.count();
    const [audits, categories] = [await auditCount(), await categoryCount()];

    expect(
      await failure(
        api.admin.categories.create({ parentId: null, fr: texts("Confitures"), en: texts("Preserves") }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      domainCode: null,
      fields: { "fr.slug": ["categories.errors.slug_taken"] },
    });
    expect(
      await failure(
        api.admin.categories.update({ categoryId: child.id, fr: texts("Fraise"), en: texts("Jams", "jams") }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { "en.slug": ["categories.errors.slug_taken"] } });
    expect(
      await failure(api.admin.categories.move({ categoryId: taken.id, parentId: child.id })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: { parentId: ["categories.errors.parent_cycle"] },
    });
    expect(
      await failure(api.admin.categories.move({ categoryId: child.id, parentId: "unknown-category" })),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { parentId: ["categories.errors.parent_unknown"] } });
    expect(await failure(api.admin.categories.delete({ categoryId: taken.id }))).toMatchObject({
      fields: { categoryId: ["categories.errors.has_children"] },
    });
    expect(await failure(api.admin.categories.delete({ categoryId: child.id }))).toMatchObject({
      fields: { categoryId: ["categories.errors.has_products"] },
    });

    expect(await auditCount()).toBe(audits);
    expect(await categoryCount()).toBe(categories);
    expect(
      await database.db.category.findUniqueOrThrow({
        where: { id: child.id },
        select: { parentId: true, translations: { where: { locale: "en" }, select: { slug: true } } },
      }),
    ).toEqual({ parentId: taken.id, translations: [{ slug: "strawberry" }] });
  });

  it("refuses malformed input with field errors and unknown categories with NOT_FOUND", async () => {
    const { api } = await staffCaller(database.db, "MANAGER");
    const before = await database.db.category.count();
    expect(
      await failure(
        api.admin.categories.create({ parentId: null, fr: texts(""), en: texts("Teas", "Not A Slug") }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      domainCode: null,
      fields: { "fr.name": ["validation.required"], "en.slug": ["validation.slug"] },
    });
    expect(
      await failure(
        api.admin.categories.create({ parentId: "../x", fr: texts("!!!"), en: texts("a".repeat(121)) }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: {
        parentId: ["validation.required"],
        "fr.slug": ["validation.slug"],
        "en.name": ["validation.too_long"],
      },
    });
    expect(
      await failure(api.admin.categories.reorder({ categoryId: "x", direction: "sideways" as "up" })),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { direction: ["validation.required"] } });
    expect(await database.db.category.count()).toBe(before);

    for (const call of [
      () => api.admin.categories.update({ categoryId: "missing", fr: texts("A"), en: texts("A") }),
      () => api.admin.categories.move({ categoryId: "missing", parentId: null }),
      () => api.admin.categories.reorder({ categoryId: "missing", direction: "down" }),
      () => api.admin.categories.delete({ categoryId: "missing" }),
    ]) {
      expect(await failure(call())).toMatchObject({ code: "NOT_FOUND", domainCode: "NOT_FOUND" });
    }
  });

  it("lets support read the tree but change nothing", async () => {
    const { api } = await staffCaller(database.db, "SUPPORT");
    const category = await createTestCategory(database.db, { fr: { name: "Sel", slug: "sel" } });
    expect((await api.admin.categories.list()).some((row) => row.id === category.id)).toBe(true);
    expect(
      await failure(
        api.admin.categories.update({ categoryId: category.id, fr: texts("Sels"), en: texts("Salts") }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(api.admin.categories.delete({ categoryId: category.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await database.db.category.count({ where: { id: category.id } })).toBe(1);
  });
});
