import type { Db } from "@comptoir/db";
import { slugify, type Locale } from "@comptoir/validators";
import { imageSelect } from "../queries";
import { toImageDto } from "../to-dto";
import type { ListingProduct } from "./listing-product";

/**
 * The active products of some categories, translated into `locale`, with their variants and option
 * values: one query whatever the number of products (the listing is then computed in memory).
 */
export async function loadListingProducts(
  db: Db,
  categoryIds: string[],
  locale: Locale,
): Promise<ListingProduct[]> {
  const rows = await db.product.findMany({
    where: {
      status: "ACTIVE",
      categories: { some: { categoryId: { in: categoryIds } } },
      translations: { some: { locale } },
      variants: { some: {} },
    },
    select: {
      id: true,
      publishedAt: true,
      translations: { where: { locale }, select: { name: true, slug: true } },
      categories: { where: { categoryId: { in: categoryIds } }, select: { position: true } },
      images: {
        orderBy: { position: "asc" },
        take: 1,
        select: imageSelect(locale),
      },
      variants: {
        orderBy: { position: "asc" },
        select: {
          priceAmount: true,
          compareAtAmount: true,
          currency: true,
          stock: true,
          optionValues: {
            select: {
              optionValue: {
                select: {
                  position: true,
                  translations: { where: { locale }, select: { name: true } },
                  option: {
                    select: { position: true, translations: { where: { locale }, select: { name: true } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  });

  return rows.flatMap((row) => {
    const translation = row.translations[0];
    if (!translation) return [];
    const image = row.images[0];
    return [
      {
        id: row.id,
        name: translation.name,
        slug: translation.slug,
        publishedAt: row.publishedAt?.getTime() ?? 0,
        position: Math.min(...row.categories.map((link) => link.position)),
        image: image ? toImageDto(image, translation.name) : null,
        variants: row.variants.map((variant) => ({
          priceAmount: variant.priceAmount,
          compareAtAmount: variant.compareAtAmount,
          currency: variant.currency,
          stock: variant.stock,
          values: variant.optionValues.flatMap(({ optionValue }) => {
            const optionName = optionValue.option.translations[0]?.name;
            const valueName = optionValue.translations[0]?.name;
            if (!optionName || !valueName) return [];
            return [
              {
                optionKey: slugify(optionName),
                optionName,
                optionPosition: optionValue.option.position,
                valueKey: slugify(valueName),
                valueName,
                valuePosition: optionValue.position,
              },
            ];
          }),
        })),
      },
    ];
  });
}
