import type { ProductCardDto } from "@comptoir/api";
import { productPath, type Locale } from "@comptoir/i18n";
import { Price } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import { SiteLink } from "./site-link";

/**
 * How wide a card's picture is shown (see .product-grid): half the screen on phones, about
 * 45% on tablets, at most 19rem on wider screens. The browser picks the copy to download from it.
 */
const CARD_IMAGE_SIZES = "(max-width: 36rem) 50vw, (max-width: 48rem) 45vw, 19rem";

export function ProductCard({
  product,
  locale,
  eager = false,
}: {
  product: ProductCardDto;
  locale: Locale;
  eager?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <article className="product-card" data-testid="product-card">
      <SiteLink to={productPath(locale, product.slug)} prefetch="intent" className="product-card__link">
        {product.image ? (
          <img
            className="product-card__image"
            src={product.image.url}
            srcSet={product.image.srcSet}
            sizes={CARD_IMAGE_SIZES}
            alt={product.image.alt}
            width={product.image.width}
            height={product.image.height}
            // The first row is above the fold: load it at once, the rest when scrolled to.
            loading={eager ? "eager" : "lazy"}
            decoding="async"
          />
        ) : (
          <div className="product-card__image product-card__image--empty" aria-hidden="true" />
        )}
        <h3 className="product-card__name">{product.name}</h3>
      </SiteLink>
      <div className="product-card__meta">
        <Price price={product.price} compareAt={product.compareAtPrice} from />
        {product.available ? null : <span className="badge badge--muted">{t("stock.soldOut")}</span>}
      </div>
    </article>
  );
}
