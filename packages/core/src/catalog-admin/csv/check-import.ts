// The checks of an import that need the catalog, a few queries for the whole file whatever its
// size: slugs and SKUs used by other products (or twice in the file), unknown categories, and
// variants the file drops while an order waiting for its payment holds them.
import type { DbOrTx } from "../../transaction";
import { CATALOG_MESSAGES } from "../save-product";
import { DRAFT_MESSAGES } from "../product-draft";
import type { ImportedProduct, ImportProblem } from "./read-import-rows";

export interface CatalogMatch {
  problems: ImportProblem[];
  /** Category ids by key, and existing products' ids by key. */
  categoryIds: Map<string, string>;
  productIds: Map<string, string>;
}

export async function checkImportAgainstCatalog(
  db: DbOrTx,
  products: ImportedProduct[],
): Promise<CatalogMatch> {
  const problems: ImportProblem[] = [];
  const keys = products.map((product) => product.key);
  const skus = products.flatMap((product) => product.draft.variants.map((variant) => variant.sku));
  const slugsIn = (locale: "fr" | "en") => products.map((product) => product.draft.translations[locale].slug);
  const [categories, existing, slugOwners, skuOwners, catalogVariants] = await Promise.all([
    db.category.findMany({
      where: { key: { in: [...new Set(products.flatMap((product) => product.categoryKeys))] } },
      select: { id: true, key: true },
    }),
    db.product.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } }),
    db.productTranslation.findMany({
      where: { OR: (["fr", "en"] as const).map((locale) => ({ locale, slug: { in: slugsIn(locale) } })) },
      select: { locale: true, slug: true, product: { select: { key: true } } },
    }),
    db.variant.findMany({
      where: { sku: { in: skus } },
      select: { sku: true, product: { select: { key: true } } },
    }),
    db.variant.findMany({
      where: { product: { key: { in: keys } }, reservations: { some: { state: "ACTIVE" } } },
      select: { sku: true, product: { select: { key: true } } },
    }),
  ]);
  const categoryIds = new Map(categories.map((category) => [category.key, category.id]));
  const slugOwner = new Map(slugOwners.map((row) => [`${row.locale}:${row.slug}`, row.product.key]));
  const skuOwner = new Map(skuOwners.map((row) => [row.sku, row.product.key]));
  const slugInFile = new Map<string, string>();
  const skuInFile = new Map<string, string>();
  for (const product of products) {
    if (product.categoryKeys.some((key) => !categoryIds.has(key))) {
      problems.push({ row: product.line, column: "categories", message: CATALOG_MESSAGES.categoryUnknown });
    }
    for (const locale of ["fr", "en"] as const) {
      const slug = `${locale}:${product.draft.translations[locale].slug}`;
      const owner = slugOwner.get(slug) ?? slugInFile.get(slug);
      if (owner !== undefined && owner !== product.key) {
        problems.push({ row: product.line, column: `slug_${locale}`, message: CATALOG_MESSAGES.slugTaken });
      }
      slugInFile.set(slug, slugInFile.get(slug) ?? product.key);
    }
    product.draft.variants.forEach((variant, index) => {
      const line = product.variantLines[index] ?? product.line;
      const inFile = skuInFile.get(variant.sku);
      if (inFile !== undefined && inFile !== product.key) {
        problems.push({ row: line, column: "sku", message: DRAFT_MESSAGES.skuDuplicate });
      } else if ((skuOwner.get(variant.sku) ?? product.key) !== product.key) {
        problems.push({ row: line, column: "sku", message: CATALOG_MESSAGES.skuTaken });
      }
      skuInFile.set(variant.sku, product.key);
    });
    const kept = new Set(product.draft.variants.map((variant) => variant.sku));
    if (catalogVariants.some((row) => row.product.key === product.key && !kept.has(row.sku))) {
      problems.push({ row: product.line, column: "sku", message: CATALOG_MESSAGES.variantReserved });
    }
  }
  return { problems, categoryIds, productIds: new Map(existing.map((product) => [product.key, product.id])) };
}
