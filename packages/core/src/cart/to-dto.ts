// Cart rows -> DTOs. Pure functions, unit-tested without a database.
import type { Locale } from "@comptoir/validators";
import { smallestMediaPath, THUMBNAIL_WIDTH } from "../media/media-path";
import { lineProblem } from "./line-rules";
import type { CartItemRow } from "./queries";
import type { CartLineDto, CartProblemDto } from "./types";

/** A line can be bought when its product is on sale and priced in the cart's currency. */
export function isPurchasable(item: CartItemRow, currency: string): boolean {
  return item.variant.product.status === "ACTIVE" && item.variant.currency === currency;
}

/** "250 g · Moulu": the variant's option values in the order of the product's options. */
export function variantNameOf(item: CartItemRow): string {
  return [...item.variant.optionValues]
    .sort((a, b) => a.optionValue.option.position - b.optionValue.option.position)
    .map((link) => link.optionValue.translations[0]?.name ?? "")
    .filter(Boolean)
    .join(" · ");
}

export function toCartLine(item: CartItemRow, locale: Locale): CartLineDto {
  const { variant } = item;
  const { product } = variant;
  const translation =
    product.translations.find((candidate) => candidate.locale === locale) ?? product.translations[0];
  const image = product.images[0];
  return {
    variantId: variant.id,
    productId: product.id,
    sku: variant.sku,
    productName: translation?.name ?? variant.sku,
    productSlug: translation?.slug ?? "",
    variantName: variantNameOf(item),
    imageUrl: image ? smallestMediaPath(image.media, image.media.renditions, THUMBNAIL_WIDTH) : null,
    unitAmount: variant.priceAmount,
    compareAtAmount:
      variant.compareAtAmount && variant.compareAtAmount > variant.priceAmount
        ? variant.compareAtAmount
        : null,
    quantity: item.quantity,
    lineSubtotal: variant.priceAmount * item.quantity,
    stock: variant.stock,
  };
}

export function problemsOf(items: readonly CartItemRow[], currency: string): CartProblemDto[] {
  return items.flatMap((item) => {
    const code = lineProblem({
      quantity: item.quantity,
      stock: item.variant.stock,
      purchasable: isPurchasable(item, currency),
    });
    return code ? [{ variantId: item.variant.id, code }] : [];
  });
}
