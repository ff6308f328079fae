// The category tree in a real browser: a manager creates categories in both languages (slugs
// proposed from the names), reorders siblings, renames one with a new slug (its old URL now
// redirects), is refused a slug already taken and the deletion of a category that is not empty,
// moves one to the top level and deletes it. Support staff read the tree without any form.
import { randomUUID } from "node:crypto";
import { createDb } from "@comptoir/db";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

/** Runs `work` with a short-lived client on the test stack's database. */
async function withDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

const rowOf = (page: Page, slug: string) => page.getByTestId("category-row").filter({ hasText: `/${slug}` });

async function idOf(page: Page, slug: string): Promise<string> {
  return (await rowOf(page, slug).getAttribute("data-category-id"))!;
}

/** Fills the creation form (French and English names, slugs left empty) and sends it. */
async function createCategory(page: Page, names: { fr: string; en: string }, parentSlug?: string) {
  const panel = page.getByRole("region", { name: "Nouvelle catégorie" });
  if (parentSlug) await panel.getByLabel("Catégorie parente").selectOption(await idOf(page, parentSlug));
  await panel.getByRole("group", { name: "Français" }).getByLabel("Nom").fill(names.fr);
  await panel.getByRole("group", { name: "Anglais" }).getByLabel("Nom").fill(names.en);
  await panel.getByRole("button", { name: "Créer la catégorie" }).click();
  await expect(page.getByRole("status")).toHaveText("Catégorie créée.");
}

test.describe("categories", () => {
  test("a manager creates, reorders, renames, moves and deletes categories", async ({ page }) => {
    const tag = randomUUID().slice(0, 8);
    const manager = await createStaff("MANAGER");
    await logIn(page, manager);
    await page.getByRole("link", { name: "Catégories" }).click();
    await expect(page).toHaveURL(/\/categories$/);
    await expect(page.getByRole("heading", { name: "Catégories", level: 1 })).toBeVisible();

    await createCategory(page, { fr: `Épicerie ${tag}`, en: `Pantry ${tag}` });
    await expect(rowOf(page, `epicerie-${tag}`)).toContainText(`/pantry-${tag}`);
    await createCategory(page, { fr: `Huiles ${tag}`, en: `Oils ${tag}` }, `epicerie-${tag}`);
    await createCategory(page, { fr: `Vinaigres ${tag}`, en: `Vinegars ${tag}` }, `epicerie-${tag}`);
    await expect(rowOf(page, `huiles-${tag}`)).toHaveAttribute("data-depth", "1");
    const order = async () =>
      (await page.getByTestId("category-row").allTextContents()).filter((text) => text.includes(tag));
    expect((await order())[1]).toContain(`Huiles ${tag}`);

    // Reorder: the oils go below the vinegars.
    await page.getByRole("button", { name: `Descendre « Huiles ${tag} »` }).click();
    await expect(page.getByRole("status")).toHaveText("Ordre des catégories modifié.");
    expect((await order()).map((text) => text.split(" ")[0])).toEqual(["Épicerie", "Vinaigres", "Huiles"]);

    // Rename with a new slug: the old URL is kept as a redirect.
    await page.getByRole("link", { name: `Modifier « Huiles ${tag} »` }).click();
    const editing = page.getByRole("region", { name: `Modifier « Huiles ${tag} »` });
    const french = editing.getByRole("group", { name: "Français" });
    await french.getByLabel("Nom").fill(`Huiles d’olive ${tag}`);
    await french.getByLabel("Slug").fill(`huiles-olive-${tag}`);
    await editing.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status")).toHaveText("Catégorie enregistrée.");
    await expect(rowOf(page, `huiles-olive-${tag}`)).toContainText(`Huiles d’olive ${tag}`);
    const oilsId = await idOf(page, `huiles-olive-${tag}`);
    expect(
      await withDb((db) =>
        db.slugRedirect.findMany({
          where: { kind: "CATEGORY", fromSlug: `huiles-${tag}` },
          select: { locale: true, categoryId: true },
        }),
      ),
    ).toEqual([{ locale: "fr", categoryId: oilsId }]);

    // A slug another category uses is refused on its field, and nothing changes.
    await page.getByRole("link", { name: `Modifier « Vinaigres ${tag} »` }).click();
    const vinegars = page.getByRole("region", { name: `Modifier « Vinaigres ${tag} »` });
    await vinegars.getByRole("group", { name: "Français" }).getByLabel("Slug").fill(`huiles-olive-${tag}`);
    await vinegars.getByRole("button", { name: "Enregistrer" }).click();
    await expect(
      vinegars.getByText("Ce slug est déjà utilisé par une autre catégorie dans cette langue."),
    ).toBeVisible();
    await expect(rowOf(page, `vinaigres-${tag}`)).toBeVisible();

    // Move the vinegars to the top level.
    await vinegars.getByLabel("Catégorie parente").selectOption("");
    await vinegars.getByRole("button", { name: "Déplacer" }).click();
    await expect(page.getByRole("status")).toHaveText("Catégorie déplacée.");
    await expect(rowOf(page, `vinaigres-${tag}`)).toHaveAttribute("data-depth", "0");

    // A category with subcategories cannot be deleted; an empty one can.
    await page.getByRole("button", { name: `Supprimer « Épicerie ${tag} »` }).click();
    await expect(page.getByRole("alert")).toContainText("Cette catégorie contient des sous-catégories");
    await expect(rowOf(page, `epicerie-${tag}`)).toBeVisible();
    await page.getByRole("button", { name: `Supprimer « Vinaigres ${tag} »` }).click();
    await expect(page.getByRole("status")).toHaveText("Catégorie supprimée.");
    await expect(rowOf(page, `vinaigres-${tag}`)).toHaveCount(0);

    const trail = await withDb((db) =>
      db.auditLog.findMany({ where: { entityType: "category", entityId: oilsId }, select: { action: true } }),
    );
    expect(trail.map((entry) => entry.action).sort()).toEqual([
      "category.created",
      "category.reordered",
      "category.updated",
    ]);
  });

  test("support staff read the tree without any form", async ({ page }) => {
    const tag = randomUUID().slice(0, 8);
    await withDb((db) =>
      db.category.create({
        data: {
          key: `e2e-${tag}`,
          translations: {
            create: [
              { locale: "fr", name: `Sel ${tag}`, slug: `sel-${tag}` },
              { locale: "en", name: `Salt ${tag}`, slug: `salt-${tag}` },
            ],
          },
        },
      }),
    );
    const support = await createStaff("SUPPORT");
    await logIn(page, support);
    await page.getByRole("link", { name: "Catégories" }).click();
    await expect(rowOf(page, `sel-${tag}`)).toContainText(`Salt ${tag}`);
    await expect(
      page.getByText("Votre rôle permet de consulter les catégories, pas de les modifier."),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Nouvelle catégorie" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: `Supprimer « Sel ${tag} »` })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Modifier/ })).toHaveCount(0);
    // The edit panel does not open for them either.
    await page.goto(`/categories?edit=${await idOf(page, `sel-${tag}`)}`);
    await expect(page.getByRole("button", { name: "Enregistrer" })).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the forms post as they are and refusals keep what was typed", async ({ page }) => {
      const tag = randomUUID().slice(0, 8);
      await logIn(page, await createStaff("MANAGER"));
      await page.goto("/categories");
      await createCategory(page, { fr: `Thés ${tag}`, en: `Teas ${tag}` });
      await expect(rowOf(page, `thes-${tag}`)).toContainText(`/teas-${tag}`);

      // The same French name proposes the same slug: refused on its field, the names stay.
      const panel = page.getByRole("region", { name: "Nouvelle catégorie" });
      await panel.getByRole("group", { name: "Français" }).getByLabel("Nom").fill(`Thés ${tag}`);
      await panel.getByRole("group", { name: "Anglais" }).getByLabel("Nom").fill(`Other teas ${tag}`);
      await panel.getByRole("button", { name: "Créer la catégorie" }).click();
      const again = page.getByRole("region", { name: "Nouvelle catégorie" });
      await expect(
        again.getByText("Ce slug est déjà utilisé par une autre catégorie dans cette langue."),
      ).toBeVisible();
      await expect(again.getByRole("group", { name: "Anglais" }).getByLabel("Nom")).toHaveValue(
        `Other teas ${tag}`,
      );
      await expect(page.getByTestId("category-row").filter({ hasText: `Other teas ${tag}` })).toHaveCount(0);

      await page.getByRole("button", { name: `Supprimer « Thés ${tag} »` }).click();
      await expect(page.getByRole("status")).toHaveText("Catégorie supprimée.");
      await expect(rowOf(page, `thes-${tag}`)).toHaveCount(0);
    });
  });
});
