import { catalog } from "@comptoir/core";
import type { ProductDetailDto } from "@comptoir/api";
import { alternatesOf, categoryPath, productPath } from "@comptoir/i18n";
import { metaDescription } from "./page-seo.server";

/**
 * What the product page makes of a product whatever the request: what its document renders and
 * sends to the browser (not the Markdown source, options or SEO fields, which only feed the
 * metadata made here), its trail, its alternates and its meta description. Made once per cached
 * product (catalog.derivedFrom), so the page's ETag and data encoding treat it as they treat the
 * cached values themselves.
 */
export function productPageParts(product: ProductDetailDto) {
  return catalog.derivedFrom(product, "product-page", ({ locale, ...source }) => ({
    product: {
      name: source.name,
      slug: source.slug,
      descriptionHtml: source.descriptionHtml,
      images: source.images,
      related: source.related,
      variants: source.variants.map(({ id, sku, title, price, compareAtPrice, stock }) => ({
        id,
        sku,
        title,
        price,
        compareAtPrice,
        stock,
      })),
    },
    /** The variant shown when the request names none: the first in stock, or the first. */
    firstAvailableSku:
      (source.variants.find((variant) => variant.available) ?? source.variants[0])?.sku ?? null,
    trail: source.breadcrumbs.map((crumb) => ({ name: crumb.name, href: categoryPath(locale, crumb.slug) })),
    alternates: alternatesOf(productPath, source.slugs),
    description: metaDescription(source.seoDescription ?? source.description),
  }));
}
