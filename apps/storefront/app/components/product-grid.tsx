import { PrefetchPageLinks } from "@remix-run/react";
import type { ProductCardDto } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { useDelegatedLinks } from "~/lib/delegated-links";
import { ProductCard } from "./product-card";

/**
 * The cards' links are plain anchors: the grid sends their clicks through the router and prefetches
 * the page a card is pointed at (see useDelegatedLinks), as a Remix `<Link prefetch="intent">` on
 * each card would, at a fraction of the rendering cost.
 */
export function ProductGrid({
  products,
  locale,
  eager = 0,
}: {
  products: ProductCardDto[];
  locale: Locale;
  eager?: number;
}) {
  const { handlers, prefetchPath } = useDelegatedLinks();
  return (
    <>
      {/* The list only listens to what its links' own events bubble up: keyboard users get the same. */}
      <ul className="product-grid" {...handlers}>
        {products.map((product, index) => (
          <li key={product.id}>
            <ProductCard product={product} locale={locale} eager={index < eager} />
          </li>
        ))}
      </ul>
      {prefetchPath ? <PrefetchPageLinks page={prefetchPath} /> : null}
    </>
  );
}
