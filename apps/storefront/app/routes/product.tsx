import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { homePath, productPath, type Locale } from "@comptoir/i18n";
import { Price, StockBadge } from "@comptoir/ui";
import { useTranslation } from "react-i18next";
import Markdown from "react-markdown";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { orNotFound } from "~/lib/not-found.server";
import { absoluteAlternates, seoMeta } from "~/lib/seo";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const { api } = await storefrontApi(request);
  const product = await orNotFound(api.catalog.product({ locale, slug: params.slug ?? "" }));
  const origin = new URL(request.url).origin;
  const alternates = Object.fromEntries(
    Object.entries(product.slugs).map(([candidate, slug]) => [
      candidate,
      productPath(candidate as Locale, slug),
    ]),
  );
  return {
    locale,
    product,
    alternates,
    seo: {
      title: product.seoTitle ?? `${product.name} — Comptoir`,
      description: product.seoDescription ?? product.description.slice(0, 160),
      canonical: new URL(productPath(locale, product.slug), origin).toString(),
      alternates: absoluteAlternates(origin, alternates),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function ProductPage() {
  const { locale, product } = useLoaderData<typeof loader>();
  const { t } = useTranslation("storefront");
  const [mainImage, ...otherImages] = product.images;
  return (
    <article className="product">
      <nav className="breadcrumb">
        <Link to={homePath(locale)}>{t("product.backHome")}</Link>
      </nav>
      <div className="product__layout">
        <div className="product__gallery">
          {mainImage ? (
            <img
              src={mainImage.url}
              alt={mainImage.alt}
              width={mainImage.width}
              height={mainImage.height}
              className="product__image"
            />
          ) : null}
          {otherImages.map((image) => (
            <img
              key={image.url}
              src={image.url}
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
          <div className="product__description">
            {/* Markdown without raw HTML: react-markdown escapes any HTML in the source. */}
            <Markdown>{product.description}</Markdown>
          </div>
          <h2 className="product__variants-title">{t("product.variantsTitle")}</h2>
          <ul className="variant-list">
            {product.variants.map((variant) => (
              <li key={variant.id} className="variant-list__item" data-testid="variant">
                <span className="variant-list__title">{variant.title}</span>
                <Price price={variant.price} compareAt={variant.compareAtPrice} />
                <StockBadge stock={variant.stock} />
                <span className="variant-list__sku">{t("product.sku", { sku: variant.sku })}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </article>
  );
}
