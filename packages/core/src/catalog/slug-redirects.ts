// Old slugs keep working: renaming a product or category records the old slug, and its URL then
// answers 301 to the current one. Redirects point at the entity, so renaming A -> B -> C sends
// both /A and /B straight to /C, and renaming back to A simply frees A again.
import type { Db, Prisma } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { DomainError } from "../errors";

export type RedirectKind = "PRODUCT" | "CATEGORY";

/** The current slug an old slug now leads to, or null when it leads nowhere. */
export async function resolveSlugRedirect(
  db: Db,
  input: { kind: RedirectKind; locale: Locale; slug: string },
): Promise<{ slug: string } | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { kind_locale_fromSlug: { kind: input.kind, locale: input.locale, fromSlug: input.slug } },
    select: {
      product: {
        select: { status: true, translations: { where: { locale: input.locale }, select: { slug: true } } },
      },
      category: { select: { translations: { where: { locale: input.locale }, select: { slug: true } } } },
    },
  });
  if (!redirect) return null;
  if (redirect.product && redirect.product.status !== "ACTIVE") return null;
  const current = (redirect.product ?? redirect.category)?.translations[0]?.slug;
  return current && current !== input.slug ? { slug: current } : null;
}

/** Moves an entity's URL from `oldSlug` to `newSlug` inside the caller's transaction. */
export async function moveSlug(
  tx: Prisma.TransactionClient,
  kind: RedirectKind,
  target: { productId: string } | { categoryId: string },
  locale: Locale,
  oldSlug: string,
  newSlug: string,
) {
  // The new slug is this entity's URL from now on: no redirect may claim it any longer.
  await tx.slugRedirect.deleteMany({ where: { kind, locale, fromSlug: newSlug } });
  await tx.slugRedirect.upsert({
    where: { kind_locale_fromSlug: { kind, locale, fromSlug: oldSlug } },
    create: { kind, locale, fromSlug: oldSlug, ...target },
    update: { productId: null, categoryId: null, ...target },
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** Gives a product a new slug in one locale and keeps the old one as a redirect. */
export async function changeProductSlug(
  db: Db,
  input: { productId: string; locale: Locale; slug: string },
): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.productTranslation.findUnique({
        where: { productId_locale: { productId: input.productId, locale: input.locale } },
        select: { slug: true },
      });
      if (!current) throw new DomainError("NOT_FOUND", `product ${input.productId} in ${input.locale}`);
      if (current.slug === input.slug) return;
      await tx.productTranslation.update({
        where: { productId_locale: { productId: input.productId, locale: input.locale } },
        data: { slug: input.slug },
      });
      await moveSlug(tx, "PRODUCT", { productId: input.productId }, input.locale, current.slug, input.slug);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("CONFLICT", `slug ${input.locale}/${input.slug} is taken`);
    throw error;
  }
}

/** Gives a category a new slug in one locale and keeps the old one as a redirect. */
export async function changeCategorySlug(
  db: Db,
  input: { categoryId: string; locale: Locale; slug: string },
): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.categoryTranslation.findUnique({
        where: { categoryId_locale: { categoryId: input.categoryId, locale: input.locale } },
        select: { slug: true },
      });
      if (!current) throw new DomainError("NOT_FOUND", `category ${input.categoryId} in ${input.locale}`);
      if (current.slug === input.slug) return;
      await tx.categoryTranslation.update({
        where: { categoryId_locale: { categoryId: input.categoryId, locale: input.locale } },
        data: { slug: input.slug },
      });
      await moveSlug(
        tx,
        "CATEGORY",
        { categoryId: input.categoryId },
        input.locale,
        current.slug,
        input.slug,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("CONFLICT", `slug ${input.locale}/${input.slug} is taken`);
    throw error;
  }
}
