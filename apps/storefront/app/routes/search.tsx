import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { LOCALES, searchPath } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-grid";
import { storefrontApi } from "~/lib/api.server";
import { catalogCacheHeaders, headersFromLoader } from "~/lib/http-cache.server";
import { localeFromUrl } from "~/lib/locale.server";
import { pageSeo } from "~/lib/page-seo.server";
import { seoMeta } from "~/lib/seo";

export const headers = headersFromLoader;

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const search = new URL(request.url).searchParams;
  const query = (search.get("q") ?? "").trim().slice(0, 100);
  const page = Math.max(1, Math.min(1_000, Number.parseInt(search.get("page") ?? "1", 10) || 1));
  const { api } = await storefrontApi(request);
  const results = query ? await api.catalog.search({ locale, q: query, page, pageSize: 24 }) : null;
  const t = getFixedT(locale, "storefront");
  const pageQuery = { q: query, page: page > 1 ? page : undefined };
  const alternates = Object.fromEntries(
    LOCALES.map((candidate) => [candidate, searchPath(candidate, pageQuery)]),
  );
  return data(
    {
      locale,
      query,
      results,
      alternates,
      seo: pageSeo(request, {
        locale,
        title: getFixedT(locale, "common")("pageTitle", {
          title: query ? t("search.titleFor", { query }) : t("search.title"),
        }),
        description: t("search.description"),
        path: searchPath(locale, pageQuery),
        alternates,
        // Result pages are endless and thin: crawlers may follow their links but not index them.
        noindex: true,
      }),
    },
    { headers: catalogCacheHeaders(request) },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

export default function SearchPage() {
  const { locale, query, results } = useLoaderData<typeof loader>();
  const { t } = useTranslation("storefront");
  return (
    <>
      <h1>{t("search.title")}</h1>
      <Form method="get" className="search-form" role="search">
        <label htmlFor="search-page-input" className="visually-hidden">
          {t("search.label")}
        </label>
        <input
          id="search-page-input"
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t("search.placeholder")}
          className="input"
          required
          maxLength={100}
        />
        <button type="submit" className="btn">
          {t("search.submit")}
        </button>
      </Form>
      {results === null ? (
        <p>{t("search.prompt")}</p>
      ) : (
        <section aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="listing__count" data-testid="result-count">
            {t("search.results", { count: results.total, query })}
          </h2>
          {results.items.length === 0 ? (
            <p className="empty">{t("search.empty", { query })}</p>
          ) : (
            <ProductGrid products={results.items} locale={locale} eager={3} />
          )}
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            href={(n) => searchPath(locale, { q: query, page: n > 1 ? n : undefined })}
          />
        </section>
      )}
    </>
  );
}
