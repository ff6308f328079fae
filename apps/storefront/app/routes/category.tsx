import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { alternatesOf, categoryPath, currencyDigits } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { CategoryFilters } from "~/components/category-filters";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-grid";
import { SiteLink } from "~/components/site-link";
import { SortSelect } from "~/components/sort-select";
import { storefrontApi } from "~/lib/api.server";
import { storefrontEnv } from "~/lib/env.server";
import { catalogCacheHeaders, headersFromLoader } from "~/lib/http-cache.server";
import { listingQuery, parseListingParams } from "~/lib/listing-params";
import { localeFromUrl } from "~/lib/locale.server";
import { metaDescription, pageSeo } from "~/lib/page-seo.server";
import { orRedirectOrNotFound } from "~/lib/redirects.server";
import { seoMeta } from "~/lib/seo";
import { breadcrumbJsonLd, jsonLdMeta } from "~/lib/structured-data";

export const headers = headersFromLoader;

export async function loader({ request, params: routeParams }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const slug = routeParams.slug ?? "";
  const currency = storefrontEnv.STORE_CURRENCY;
  const params = parseListingParams(new URL(request.url).searchParams, currencyDigits(currency));
  const { api } = await storefrontApi(request);
  const page = await orRedirectOrNotFound(
    request,
    api.catalog.category({ locale, slug, pageSize: 24, ...params }),
    {
      kind: "CATEGORY",
      locale,
      slug,
      path: (current) => categoryPath(locale, current),
    },
  );
  // Pages past the end do not exist (and must not become an endless space for crawlers).
  if (params.page > page.products.pageCount) throw new Response(null, { status: 404 });

  const { category } = page;
  const t = getFixedT(locale, "storefront");
  // Paging defines the page; filters and sorting only rearrange it: they stay out of canonical URLs.
  const pageQuery = { page: params.page > 1 ? params.page : undefined };
  const alternates = alternatesOf(
    (candidate, candidateSlug) => categoryPath(candidate, candidateSlug, pageQuery),
    category.slugs,
  );
  const trail = category.breadcrumbs.map((crumb) => ({
    name: crumb.name,
    href: categoryPath(locale, crumb.slug),
  }));
  const title =
    params.page > 1 ? `${category.name} — ${t("pagination.page", { page: params.page })}` : category.name;
  return data(
    {
      locale,
      page,
      params,
      currency,
      trail,
      alternates,
      seo: pageSeo(request, {
        locale,
        title: getFixedT(locale, "common")("pageTitle", { title }),
        description: metaDescription(
          category.description || t("category.description", { name: category.name }),
        ),
        path: categoryPath(locale, category.slug, pageQuery),
        alternates,
        image: page.products.items[0]?.image,
      }),
    },
    { headers: catalogCacheHeaders(request) },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => {
  if (!loaderData) return [];
  const { seo, trail, page } = loaderData;
  const origin = new URL(seo.canonical).origin;
  const crumbs = trail.map((crumb) => ({ name: crumb.name, url: new URL(crumb.href, origin).toString() }));
  return [
    ...seoMeta(seo),
    ...jsonLdMeta(breadcrumbJsonLd([...crumbs, { name: page.category.name, url: seo.canonical }])),
  ];
};

export default function CategoryPage() {
  const { locale, page, params, currency, trail } = useLoaderData<typeof loader>();
  const { t } = useTranslation("storefront");
  const { category, products, facets } = page;
  const digits = currencyDigits(currency);
  const href = (query: Partial<typeof params>) =>
    categoryPath(locale, category.slug, listingQuery({ ...params, ...query }, digits));
  return (
    <>
      <Breadcrumbs locale={locale} trail={trail} current={category.name} />
      <header className="listing-header">
        <h1>{category.name}</h1>
        {category.description ? <p className="listing-header__description">{category.description}</p> : null}
        {category.children.length > 0 ? (
          <nav aria-label={t("category.subcategories")} className="chips">
            {category.children.map((child) => (
              <SiteLink
                key={child.slug}
                to={categoryPath(locale, child.slug)}
                className="chip"
                prefetch="intent"
              >
                {child.name}
              </SiteLink>
            ))}
          </nav>
        ) : null}
      </header>
      <div className="listing">
        <aside className="listing__filters" id="filters">
          {/* On small screens the filters fold away; this link unfolds them, without JavaScript. */}
          <a href="#filters" className="btn btn--ghost btn--small listing__filters-open">
            {t("category.filters.title")}
          </a>
          <div className="listing__filters-panel">
            <CategoryFilters
              facets={facets}
              params={params}
              currency={currency}
              resetHref={categoryPath(
                locale,
                category.slug,
                params.sort === "position" ? undefined : { sort: params.sort },
              )}
            />
          </div>
        </aside>
        <section className="listing__results" aria-labelledby="results-title">
          <div className="listing__toolbar">
            <h2 id="results-title" className="listing__count" data-testid="result-count">
              {t("category.products", { count: products.total })}
            </h2>
            <SortSelect value={params.sort} />
          </div>
          {products.items.length === 0 ? (
            <p className="empty">{t("category.empty")}</p>
          ) : (
            <ProductGrid products={products.items} locale={locale} eager={3} />
          )}
          <Pagination page={products.page} pageCount={products.pageCount} href={(n) => href({ page: n })} />
        </section>
      </div>
    </>
  );
}
