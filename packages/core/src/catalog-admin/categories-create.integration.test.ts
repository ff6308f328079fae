import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { resolveSlugRedirect } from "../catalog/slug-redirects";
import { isDomainError } from "../errors";
import { createTestCategory } from "../testing";
import { createCategory } from "./categories-create";
import { CategoryRefusal } from "./categories-refusal";
import type { CategoryChange } from "./categories-types";
import { updateCategory } from "./categories-update";

const texts = (name: string, slug: string, description = "") => ({ name, slug, description });

async function refusalOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, "the change should have been refused").toBeInstanceOf(CategoryRefusal);
  return { reason: (error as CategoryRefusal).reason, field: (error as CategoryRefusal).field };
}

describe("createCategory", () => {
  const database = useTestDatabase("category_create");

  it("creates a category in both languages, last under its parent, with a key from its French slug", async () => {
    const changes: CategoryChange[] = [];
    const audit = async (_tx: unknown, change: CategoryChange) => void changes.push(change);
    const top = await createCategory(
      database.db,
      { parentId: null, fr: texts("Thés", "thes", "Du monde entier"), en: texts("Teas", "teas") },
      { audit },
    );
    const first = await createCategory(database.db, {
      parentId: top.id,
      fr: texts("Thés verts", "thes-verts"),
      en: texts("Green teas", "green-teas"),
    });
    const second = await createCategory(database.db, {
      parentId: top.id,
      fr: texts("Thés noirs", "thes-noirs"),
      en: texts("Black teas", "black-teas"),
    });

    expect(top.key).toBe("thes");
    const rows = await database.db.category.findMany({
      where: { id: { in: [top.id, first.id, second.id] } },
      select: { id: true, parentId: true, position: true, translations: { orderBy: { locale: "asc" } } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(first.id)).toMatchObject({ parentId: top.id, position: 0 });
    expect(byId.get(second.id)).toMatchObject({ parentId: top.id, position: 1 });
    expect(
      byId
        .get(top.id)
        ?.translations.map(({ locale, name, slug, description }) => [locale, name, slug, description]),
    ).toEqual([
      ["fr", "Thés", "thes", "Du monde entier"],
      ["en", "Teas", "teas", ""],
    ]);
    expect(changes).toEqual([
      {
        categoryId: top.id,
        before: null,
        after: {
          key: "thes",
          parentId: null,
          position: expect.any(Number),
          texts: { fr: texts("Thés", "thes", "Du monde entier"), en: texts("Teas", "teas") },
        },
      },
    ]);
  });

  it("makes the key unique when another category already has it", async () => {
    await database.db.category.create({ data: { key: "epices" } });
    await database.db.category.create({ data: { key: "epices-2" } });
    const created = await createCategory(database.db, {
      parentId: null,
      fr: texts("Épices", "epices"),
      en: texts("Spices", "spices"),
    });
    expect(created.key).toBe("epices-3");
  });

  it("refuses a slug another category uses in that language, and creates nothing", async () => {
    await createTestCategory(database.db, {
      fr: { name: "Cafés", slug: "cafes" },
      en: { name: "Coffees", slug: "coffees" },
    });
    const before = await database.db.category.count();
    expect(
      await refusalOf(
        createCategory(database.db, {
          parentId: null,
          fr: texts("Autres", "autres"),
          en: texts("Coffees", "coffees"),
        }),
      ),
    ).toEqual({ reason: "slug_taken", field: "en.slug" });
    // The same slug in the other language is another URL: it is free.
    await createCategory(database.db, {
      parentId: null,
      fr: texts("Coffees", "coffees"),
      en: texts("Cafés", "cafes"),
    });
    expect(await database.db.category.count()).toBe(before + 1);
  });

  it("refuses an unknown parent", async () => {
    const before = await database.db.category.count();
    expect(
      await refusalOf(
        createCategory(database.db, {
          parentId: "no-such-category",
          fr: texts("Orphelin", "orphelin"),
          en: texts("Orphan", "orphan"),
        }),
      ),
    ).toEqual({ reason: "parent_unknown", field: "parentId" });
    expect(await database.db.category.count()).toBe(before);
  });

  it("takes back a slug that an older category's URL redirected from", async () => {
    const old = await createTestCategory(database.db, {
      fr: { name: "Miel", slug: "miel" },
      en: { name: "Honey", slug: "honey" },
    });
    await updateCategory(database.db, {
      categoryId: old.id,
      fr: texts("Miels", "miels"),
      en: texts("Honey", "honey"),
    });
    const lookup = () => resolveSlugRedirect(database.db, { kind: "CATEGORY", locale: "fr", slug: "miel" });
    expect(await lookup()).toEqual({ slug: "miels" });
    await createCategory(database.db, {
      parentId: null,
      fr: texts("Miel", "miel"),
      en: texts("Honey bees", "honey-bees"),
    });
    expect(await lookup()).toBeNull();
  });

  it("writes nothing when the audit entry cannot be written", async () => {
    const before = await database.db.category.count();
    const error = await createCategory(
      database.db,
      { parentId: null, fr: texts("Sans trace", "sans-trace"), en: texts("Untraced", "untraced") },
      {
        audit: () => {
          throw new Error("audit trail unavailable");
        },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(false);
    expect(await database.db.category.count()).toBe(before);
  });
});
