import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { categoryPath, homePath, LOCALES } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountDeletedNotice } from "~/components/account-deleted-notice";
import { ProductGrid } from "~/components/product-grid";
import { SiteLink } from "~/components/site-link";
import { storefrontApi } from "~/lib/api.server";
import { catalogCacheHeaders, headersFromLoader } from "~/lib/http-cache.server";
import { localeFromUrl } from "~/lib/locale.server";
import { pageSeo } from "~/lib/page-seo.server";
import { seoMeta } from "~/lib/seo";
import { jsonLdMeta, organizationJsonLd, websiteJsonLd } from "~/lib/structured-data";

export const headers = headersFromLoader;

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const { api } = await storefrontApi(request);
  const [featured, categories] = await Promise.all([
    api.catalog.featured({ locale, limit: 12 }),
    api.catalog.categoryTree({ locale }),
  ]);
  const t = getFixedT(locale, "storefront");
  const alternates = Object.fromEntries(LOCALES.map((candidate) => [candidate, homePath(candidate)]));
  return data(
    {
      locale,
      featured,
      categories: categories.map(({ id, name, slug, productCount }) => ({ id, name, slug, productCount })),
      alternates,
      seo: pageSeo(request, {
        locale,
        title: t("home.title"),
        description: t("home.description"),
        path: homePath(locale),
        alternates,
      }),
    },
    { headers: catalogCacheHeaders(request) },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => {
  if (!loaderData) return [];
  const origin = new URL(loaderData.seo.canonical).origin;
  return [
    ...seoMeta(loaderData.seo),
    ...jsonLdMeta(organizationJsonLd(origin), websiteJsonLd(origin, loaderData.locale)),
  ];
};

export default function Home() {
  const { locale, featured, categories } = useLoaderData<typeof loader>();
  const { t } = useTranslation("storefront");
  const first = categories[0];
  return (
    <>
      <AccountDeletedNotice />
      <section className="hero">
        <h1>{t("home.heroTitle")}</h1>
        <p className="hero__text">{t("home.heroText")}</p>
        {first ? (
          <SiteLink className="btn hero__action" to={categoryPath(locale, first.slug)}>
            {t("home.heroAction")}
          </SiteLink>
        ) : null}
      </section>
      {categories.length > 0 ? (
        <section aria-labelledby="categories-title" className="home-section">
          <h2 id="categories-title">{t("home.categoriesTitle")}</h2>
          <ul className="category-tiles">
            {categories.map((category) => (
              <li key={category.id}>
                <SiteLink
                  to={categoryPath(locale, category.slug)}
                  className="category-tile"
                  prefetch="intent"
                >
                  <span className="category-tile__name">{category.name}</span>
                  <span className="category-tile__count">
                    {t("nav.productCount", { count: category.productCount })}
                  </span>
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="featured-title" className="home-section">
        <h2 id="featured-title">{t("home.featuredTitle")}</h2>
        {featured.length === 0 ? (
          <p>{t("home.empty")}</p>
        ) : (
          <ProductGrid products={featured} locale={locale} eager={4} />
        )}
      </section>
    </>
  );
}
