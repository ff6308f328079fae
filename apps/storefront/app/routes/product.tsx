import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { productPath } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { Price, StockBadge } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import { AddToCart } from "~/components/add-to-cart";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { ProductGrid } from "~/components/product-grid";
import { SiteLink } from "~/components/site-link";
import { storefrontApi } from "~/lib/api.server";
import { catalogCacheHeaders, headersFromLoader } from "~/lib/http-cache.server";
import { localeFromUrl } from "~/lib/locale.server";
import { pageSeo } from "~/lib/page-seo.server";
import { productPageParts } from "~/lib/product-page.server";
import { orRedirectOrNotFound } from "~/lib/redirects.server";
import { seoMeta } from "~/lib/seo";
import { breadcrumbJsonLd, jsonLdMeta, productJsonLd } from "~/lib/structured-data";

export const headers = headersFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const slug = params.slug ?? "";
  const { api } = await storefrontApi(request);
  const product = await orRedirectOrNotFound(request, api.catalog.product({ locale, slug }), {
    kind: "PRODUCT",
    locale,
    slug,
    path: (current) => productPath(locale, current),
  });
  // The same for every request until the product changes (made once per cached product).
  const parts = productPageParts(product);
  // ?variant=<SKU> chooses a variant (links work without JavaScript); otherwise the first one in stock.
  const requested = new URL(request.url).searchParams.get("variant");
  const selectedSku = parts.product.variants.some((variant) => variant.sku === requested)
    ? requested
    : parts.firstAvailableSku;
  const path = productPath(locale, product.slug);
  return data(
    {
      locale,
      product: parts.product,
      selectedSku,
      trail: parts.trail,
      alternates: parts.alternates,
      seo: pageSeo(request, {
        locale,
        title: product.seoTitle ?? getFixedT(locale, "common")("pageTitle", { title: product.name }),
        description: parts.description,
        path,
        alternates: parts.alternates,
        type: "product",
        image: product.images[0],
      }),
    },
    { headers: catalogCacheHeaders(request) },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => {
  if (!loaderData) return [];
  const { seo, product, trail } = loaderData;
  const origin = new URL(seo.canonical).origin;
  return [
    ...seoMeta(seo),
    ...jsonLdMeta(
      productJsonLd({ ...product, description: seo.description }, { url: seo.canonical, origin }),
      breadcrumbJsonLd([
        ...trail.map((crumb) => ({ name: crumb.name, url: new URL(crumb.href, origin).toString() })),
        { name: product.name, url: seo.canonical },
      ]),
    ),
  ];
};

// How wide the gallery shows its pictures (see .product__layout): the whole screen on phones, half
// the 72rem page beside the text on wider screens; the other pictures a third of that.
const MAIN_IMAGE_SIZES = "(max-width: 48rem) 100vw, 35rem";
const SMALL_IMAGE_SIZES = "(max-width: 48rem) 33vw, 12rem";

export default function ProductPage() {
  const { locale, product, selectedSku, trail } = useLoaderData<typeof loader>();
  const { t } = useTranslation("storefront");
  const selected = product.variants.find((variant) => variant.sku === selectedSku);
  const [mainImage, ...otherImages] = product.images;
  return (
    <article className="product">
      <Breadcrumbs locale={locale} trail={trail} current={product.name} />
      <div className="product__layout">
        <div className="product__gallery">
          {mainImage ? (
            <img
              src={mainImage.url}
              srcSet={mainImage.srcSet}
              sizes={MAIN_IMAGE_SIZES}
              alt={mainImage.alt}
              width={mainImage.width}
              height={mainImage.height}
              className="product__image"
              fetchPriority="high"
            />
          ) : null}
          {otherImages.map((image) => (
            <img
              key={image.url}
              src={image.url}
              srcSet={image.srcSet}
              sizes={SMALL_IMAGE_SIZES}
              alt={image.alt}
              width={image.width}
              height={image.height}
              loading="lazy"
              className="product__image product__image--small"
            />
          ))}
        </div>
        <div className="product__info">
          <h1>{product.name}</h1>
          {selected ? (
            <div className="product__buy" data-testid="selected-variant">
              <p className="product__price">
                <Price price={selected.price} compareAt={selected.compareAtPrice} />
              </p>
              <p className="product__availability">
                <StockBadge stock={selected.stock} />
                <span className="product__sku">{t("product.sku", { sku: selected.sku })}</span>
              </p>
              <AddToCart key={selected.id} locale={locale} variantId={selected.id} stock={selected.stock} />
            </div>
          ) : null}
          {product.variants.length > 1 ? (
            <section aria-labelledby="variants-title">
              <h2 id="variants-title" className="product__variants-title">
                {t("product.variantsTitle")}
              </h2>
              <ul className="variant-list">
                {product.variants.map((variant) => (
                  <li key={variant.id} data-testid="variant">
                    <SiteLink
                      to={productPath(locale, product.slug, { variant: variant.sku })}
                      replace
                      preventScrollReset
                      className="variant-list__item"
                      aria-current={variant.sku === selectedSku ? "true" : undefined}
                    >
                      <span className="variant-list__title">{variant.title}</span>
                      <Price price={variant.price} compareAt={variant.compareAtPrice} />
                      <StockBadge stock={variant.stock} />
                    </SiteLink>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="description-title" className="product__description">
            <h2 id="description-title" className="visually-hidden">
              {t("product.descriptionTitle")}
            </h2>
            {/* Rendered from Markdown on the server with any HTML in the source escaped (packages/core). */}
            <div dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />
          </section>
        </div>
      </div>
      {product.related.length > 0 ? (
        <section aria-labelledby="related-title" className="home-section">
          <h2 id="related-title">{t("product.relatedTitle")}</h2>
          <ProductGrid products={product.related} locale={locale} />
        </section>
      ) : null}
    </article>
  );
}
