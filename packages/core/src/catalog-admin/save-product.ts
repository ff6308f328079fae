// Creating and editing a product from the admin's editor, in one transaction: texts in every
// language (a changed slug keeps the old URL as a redirect), status, categories, options and
// variants. Checks that need the database (a slug or SKU used elsewhere, unknown categories, a
// variant reserved by an order being paid) come back as field problems, like the draft's own rules.
import type { Db, ProductStatus } from "@comptoir/db";
import { LOCALES } from "@comptoir/validators";
import { moveSlug } from "../catalog/slug-redirects";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";
import { checkProductDraft, type DraftProblem, type ProductDraft } from "./product-draft";
import { getProductForEditing, type ProductForEditing } from "./product-for-editing";
import { writeOptionsAndVariants } from "./write-variants";

export interface SaveProductRequest {
  /** null creates a product. */
  productId: string | null;
  /** The version the editor showed (ProductForEditing.version); required to edit. */
  version: string | null;
  draft: ProductDraft;
  /** The shop's currency: every variant's price is in it. */
  currency: string;
}

export interface ProductChange {
  productId: string;
  before: ProductForEditing | null;
  after: ProductForEditing;
}

export interface SaveProductDeps {
  /** Writes the audit entry in the change's own transaction. */
  audit?: (tx: Tx, change: ProductChange) => Promise<void>;
}

export type SavedProduct = { ok: true; product: ProductForEditing } | { ok: false; problems: DraftProblem[] };

export const CATALOG_MESSAGES = {
  slugTaken: "validation.slug_taken",
  skuTaken: "validation.sku_taken",
  categoryUnknown: "validation.category_unknown",
  variantReserved: "validation.variant_reserved",
} as const;

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

export async function saveProduct(
  db: Db,
  request: SaveProductRequest,
  deps: SaveProductDeps = {},
): Promise<SavedProduct> {
  const problems = checkProductDraft(request.draft);
  if (problems.length > 0) return { ok: false, problems };
  try {
    return await db.$transaction(async (tx): Promise<SavedProduct> => {
      const before = request.productId ? await lockForEditing(tx, request.productId, request.version) : null;
      const found = await checkAgainstCatalog(tx, before, request.draft);
      if (found.length > 0) return { ok: false, problems: found };
      const productId = await writeProductDraft(tx, before, request.draft, request.currency);
      const after = await getProductForEditing(tx, productId);
      await deps.audit?.(tx, { productId, before, after });
      return { ok: true, product: after };
    });
  } catch (error) {
    // Another save took the same slug or SKU between our check and our write.
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "slug or SKU taken meanwhile");
    throw error;
  }
}

/** Locks the product for the rest of the transaction; refuses a save based on an older version. */
async function lockForEditing(tx: Tx, productId: string, version: string | null): Promise<ProductForEditing> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Product" WHERE id = ${productId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND", `product ${productId}`);
  const before = await getProductForEditing(tx, productId);
  if (before.version !== version)
    throw new DomainError("CONFLICT", `product ${productId} changed since ${version}`);
  return before;
}

async function checkAgainstCatalog(
  tx: Tx,
  before: ProductForEditing | null,
  draft: ProductDraft,
): Promise<DraftProblem[]> {
  const problems: DraftProblem[] = [];
  const others = before ? { not: before.id } : undefined;
  const [slugs, skus, categories, reserved] = await Promise.all([
    tx.productTranslation.findMany({
      where: {
        productId: others,
        OR: LOCALES.map((locale) => ({ locale, slug: draft.translations[locale].slug })),
      },
      select: { locale: true },
    }),
    tx.variant.findMany({
      where: { productId: others, sku: { in: draft.variants.map((variant) => variant.sku) } },
      select: { sku: true },
    }),
    tx.category.count({ where: { id: { in: draft.categoryIds } } }),
    removedVariantsReserved(tx, before, draft),
  ]);
  for (const { locale } of slugs)
    problems.push({ path: ["translations", locale, "slug"], message: CATALOG_MESSAGES.slugTaken });
  const takenSkus = new Set(skus.map((variant) => variant.sku));
  draft.variants.forEach((variant, index) => {
    if (takenSkus.has(variant.sku))
      problems.push({ path: ["variants", index, "sku"], message: CATALOG_MESSAGES.skuTaken });
  });
  if (categories !== new Set(draft.categoryIds).size) {
    problems.push({ path: ["categoryIds"], message: CATALOG_MESSAGES.categoryUnknown });
  }
  if (reserved) problems.push({ path: ["variants"], message: CATALOG_MESSAGES.variantReserved });
  const ownIds = new Set(before?.variants.map((variant) => variant.id));
  if (draft.variants.some((variant) => variant.id !== null && !ownIds.has(variant.id))) {
    throw new DomainError("NOT_FOUND", "a variant of another product");
  }
  return problems;
}

/** Whether a variant the draft removes holds units reserved by an order waiting for its payment. */
async function removedVariantsReserved(tx: Tx, before: ProductForEditing | null, draft: ProductDraft) {
  if (!before) return false;
  const kept = new Set(draft.variants.map((variant) => variant.id));
  const removed = before.variants.filter((variant) => !kept.has(variant.id)).map((variant) => variant.id);
  if (removed.length === 0) return false;
  return (await tx.stockReservation.count({ where: { variantId: { in: removed }, state: "ACTIVE" } })) > 0;
}

/**
 * Writes a checked draft over `before` (or as a new product when null), inside the caller's
 * transaction: the editor's save and the CSV import share it. Returns the product's id.
 */
export async function writeProductDraft(
  tx: Tx,
  before: ProductForEditing | null,
  draft: ProductDraft,
  currency: string,
  key?: string,
): Promise<string> {
  const productId = await writeProductRow(tx, before, draft, key);
  await writeTranslations(tx, productId, before, draft);
  await linkCategories(tx, productId, draft.categoryIds);
  await writeOptionsAndVariants(tx, productId, draft, currency);
  return productId;
}

async function writeProductRow(
  tx: Tx,
  before: ProductForEditing | null,
  draft: ProductDraft,
  key: string | undefined,
): Promise<string> {
  const publishedAt = (status: ProductStatus, previous: string | null) =>
    previous ? new Date(previous) : status === "ACTIVE" ? new Date() : null;
  const fields = {
    status: draft.status,
    featured: draft.featured,
    publishedAt: publishedAt(draft.status, before?.publishedAt ?? null),
  };
  if (before) {
    await tx.product.update({ where: { id: before.id }, data: fields });
    return before.id;
  }
  const created = await tx.product.create({
    data: { key: key ?? (await freeKey(tx, draft.translations.fr.slug)), ...fields },
    select: { id: true },
  });
  return created.id;
}

/** Products get a stable key (used by imports) from their first French slug. */
async function freeKey(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.product.findMany({ where: { key: { startsWith: base } }, select: { key: true } })).map(
      (row) => row.key,
    ),
  );
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

async function writeTranslations(
  tx: Tx,
  productId: string,
  before: ProductForEditing | null,
  draft: ProductDraft,
) {
  for (const locale of LOCALES) {
    const texts = draft.translations[locale];
    await tx.productTranslation.upsert({
      where: { productId_locale: { productId, locale } },
      create: { productId, locale, ...texts },
      update: texts,
    });
    const oldSlug = before?.translations[locale].slug;
    if (oldSlug && oldSlug !== texts.slug)
      await moveSlug(tx, "PRODUCT", { productId }, locale, oldSlug, texts.slug);
  }
}

/** Keeps the product's place in the categories it stays in; a new category lists it last. */
async function linkCategories(tx: Tx, productId: string, categoryIds: readonly string[]) {
  await tx.productCategory.deleteMany({ where: { productId, categoryId: { notIn: [...categoryIds] } } });
  const existing = new Set(
    (await tx.productCategory.findMany({ where: { productId }, select: { categoryId: true } })).map(
      (link) => link.categoryId,
    ),
  );
  const added = [...new Set(categoryIds)].filter((id) => !existing.has(id));
  if (added.length === 0) return;
  const last = await tx.productCategory.groupBy({
    by: ["categoryId"],
    where: { categoryId: { in: added } },
    _max: { position: true },
  });
  const lastOf = new Map(last.map((row) => [row.categoryId, row._max.position ?? -1]));
  await tx.productCategory.createMany({
    data: added.map((categoryId) => ({
      productId,
      categoryId,
      position: (lastOf.get(categoryId) ?? -1) + 1,
    })),
  });
}
