import type { ProductCardDto } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { ProductCard } from "./product-card";

export function ProductGrid({
  products,
  locale,
  eager = 0,
}: {
  products: ProductCardDto[];
  locale: Locale;
  eager?: number;
}) {
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} eager={index < eager} />
        </li>
      ))}
    </ul>
  );
}
