// A product as the admin's editor shows it: every language side by side, options with their
// values, variants, images and categories. Also the before/after of the audit log.
import type { ProductStatus } from "@comptoir/db";
import { LOCALES, type Locale } from "@comptoir/validators";
import { DomainError } from "../errors";
import { mediaPath, smallestMediaPath, THUMBNAIL_WIDTH } from "../media/media-path";
import { mediaRefSelect } from "../media/media-select";
import type { DbOrTx } from "../transaction";
import type { DraftTexts, Localized } from "./product-draft";

export interface ProductForEditing {
  id: string;
  key: string;
  status: ProductStatus;
  featured: boolean;
  publishedAt: string | null;
  /** Changes whenever the product is saved: a save based on an older version is refused. */
  version: string;
  translations: Localized<DraftTexts>;
  categoryIds: string[];
  options: { id: string; name: Localized<string>; values: { id: string; name: Localized<string> }[] }[];
  variants: {
    id: string;
    sku: string;
    values: Localized<string>[];
    priceAmount: number;
    compareAtAmount: number | null;
    currency: string;
    stock: number;
    weightGrams: number | null;
  }[];
  images: {
    id: string;
    url: string;
    /** A copy fit for the editor's 96-pixel thumbnails. */
    thumbnailUrl: string;
    width: number;
    height: number;
    alt: Localized<string>;
  }[];
}

const byLocale = <T extends { locale: Locale }, V>(rows: readonly T[], pick: (row: T | undefined) => V) =>
  Object.fromEntries(
    LOCALES.map((locale) => [locale, pick(rows.find((row) => row.locale === locale))]),
  ) as Localized<V>;

const names = (rows: readonly { locale: Locale; name: string }[]) => byLocale(rows, (row) => row?.name ?? "");

export async function getProductForEditing(db: DbOrTx, productId: string): Promise<ProductForEditing> {
  const row = await db.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      key: true,
      status: true,
      featured: true,
      publishedAt: true,
      updatedAt: true,
      translations: {
        select: {
          locale: true,
          name: true,
          slug: true,
          description: true,
          seoTitle: true,
          seoDescription: true,
        },
      },
      categories: { select: { categoryId: true }, orderBy: { categoryId: "asc" } },
      options: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          translations: { select: { locale: true, name: true } },
          values: {
            orderBy: { position: "asc" },
            select: { id: true, translations: { select: { locale: true, name: true } } },
          },
        },
      },
      variants: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          sku: true,
          priceAmount: true,
          compareAtAmount: true,
          currency: true,
          stock: true,
          weightGrams: true,
          optionValues: { select: { optionValueId: true } },
        },
      },
      images: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          media: { select: mediaRefSelect },
          translations: { select: { locale: true, alt: true } },
        },
      },
    },
  });
  if (!row) throw new DomainError("NOT_FOUND", `product ${productId}`);
  const options = row.options.map((option) => ({
    id: option.id,
    name: names(option.translations),
    values: option.values.map((value) => ({ id: value.id, name: names(value.translations) })),
  }));
  return {
    id: row.id,
    key: row.key,
    status: row.status,
    featured: row.featured,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.updatedAt.toISOString(),
    translations: byLocale(row.translations, (translation) => ({
      name: translation?.name ?? "",
      slug: translation?.slug ?? "",
      description: translation?.description ?? "",
      seoTitle: translation?.seoTitle ?? null,
      seoDescription: translation?.seoDescription ?? null,
    })),
    categoryIds: row.categories.map((link) => link.categoryId),
    options,
    variants: row.variants.map((variant) => {
      const linked = new Set(variant.optionValues.map((link) => link.optionValueId));
      return {
        id: variant.id,
        sku: variant.sku,
        // In the options' order; a value missing for an option reads as empty (never from the editor).
        values: options.map(
          (option) =>
            option.values.find((value) => linked.has(value.id))?.name ??
            (Object.fromEntries(LOCALES.map((locale) => [locale, ""])) as Localized<string>),
        ),
        priceAmount: variant.priceAmount,
        compareAtAmount: variant.compareAtAmount,
        currency: variant.currency,
        stock: variant.stock,
        weightGrams: variant.weightGrams,
      };
    }),
    images: row.images.map((image) => ({
      id: image.id,
      url: mediaPath(image.media.checksum, image.media.mimeType),
      thumbnailUrl: smallestMediaPath(image.media, image.media.renditions, THUMBNAIL_WIDTH),
      width: image.media.width,
      height: image.media.height,
      alt: byLocale(image.translations, (translation) => translation?.alt ?? ""),
    })),
  };
}
