import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { AdminProductRowDto } from "@comptoir/api";
import { Money } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import { Pagination } from "~/components/pagination";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { getFixedT } from "@comptoir/i18n/server";
import { privateNoStore } from "~/lib/no-cache";
import { loadCategoryChoices } from "~/lib/product-editor.server";
import { useShopDates } from "~/lib/shop-dates";

import productEditorStylesUrl from "~/styles/product-editor.css?url";

export const headers = privateNoStore;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: productEditorStylesUrl }];

const PAGE_SIZE = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders, permissions } = await requireStaff(request);
  const url = new URL(request.url);
  const search = url.searchParams.get("q")?.trim().slice(0, 100) ?? "";
  const statusParam = url.searchParams.get("status");
  const categoryId = url.searchParams.get("category")?.slice(0, 64) || undefined;
  const status = STATUSES.find((candidate) => candidate === statusParam);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  const locale = localeDetector.getLocale(request);
  const products = await api.admin.products.list({
    locale,
    page,
    pageSize: PAGE_SIZE,
    search: search || undefined,
    status,
    categoryId,
  });
  const t = getFixedT(locale, "admin");
  return data(
    {
      products,
      search,
      status: status ?? "",
      categoryId: categoryId ?? "",
      categories: await loadCategoryChoices(api, locale),
      canCreate: permissions.includes("catalog.write"),
      locale,
      title: getFixedT(locale, "common")("pageTitle", { title: t("products.title") }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

const STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED"] as const;

const STATUS_BADGES = {
  ACTIVE: "badge--success",
  DRAFT: "badge--warning",
  ARCHIVED: "badge--muted",
} as const;

function pageHref(filters: { search: string; status: string; categoryId: string }, page: number) {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.status) params.set("status", filters.status);
  if (filters.categoryId) params.set("category", filters.categoryId);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : ".";
}

export default function Products() {
  const { products, search, status, categoryId, categories, canCreate } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <>
      <div className="page-heading">
        <h1>{t("products.title")}</h1>
        <p className="page-heading__count" data-testid="product-count">
          {t("products.count", { count: products.total })}
        </p>
        <a href="/products/export.csv" className="btn btn--ghost btn--small page-heading__action" download>
          {t("productImport.export")}
        </a>
        {canCreate ? (
          <>
            <Link to="/products/import" className="btn btn--ghost btn--small">
              {t("productImport.import")}
            </Link>
            <Link to="/products/new" className="btn btn--small">
              {t("products.new")}
            </Link>
          </>
        ) : null}
      </div>
      <Form method="get" className="toolbar" role="search">
        <label htmlFor="product-search" className="visually-hidden">
          {t("products.search")}
        </label>
        <input
          id="product-search"
          name="q"
          type="search"
          defaultValue={search}
          placeholder={t("products.search")}
          className="input"
        />
        <label htmlFor="product-status" className="visually-hidden">
          {t("products.statusFilter")}
        </label>
        <select id="product-status" name="status" defaultValue={status} className="input">
          <option value="">{t("products.allStatuses")}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`products.status.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor="product-category" className="visually-hidden">
          {t("products.categoryFilter")}
        </label>
        <select id="product-category" name="category" defaultValue={categoryId} className="input">
          <option value="">{t("products.allCategories")}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {"\u00a0\u00a0".repeat(category.depth)}
              {category.name}
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn--small">
          {t("products.searchSubmit")}
        </button>
      </Form>
      {products.items.length === 0 ? (
        <p className="empty">{t("products.empty")}</p>
      ) : (
        <table className="table" data-testid="product-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("products.columns.image")}</span>
              </th>
              <th scope="col">{t("products.columns.name")}</th>
              <th scope="col">{t("products.columns.status")}</th>
              <th scope="col" className="numeric">
                {t("products.columns.variants")}
              </th>
              <th scope="col" className="numeric">
                {t("products.columns.stock")}
              </th>
              <th scope="col" className="numeric">
                {t("products.columns.price")}
              </th>
              <th scope="col">{t("products.columns.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {products.items.map((product) => (
              <ProductRow key={product.id} product={product} />
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={products.page}
        pageCount={products.pageCount}
        hrefOf={(page) => pageHref({ search, status, categoryId }, page)}
      />
    </>
  );
}

function ProductRow({ product }: { product: AdminProductRowDto }) {
  const dates = useShopDates();
  const { t } = useTranslation("admin");
  return (
    <tr data-testid="product-row">
      <td className="table__thumb">
        {product.image ? (
          <img
            src={product.image.url}
            srcSet={product.image.srcSet}
            sizes="40px"
            alt=""
            width={40}
            height={40}
            loading="lazy"
          />
        ) : null}
      </td>
      <td>
        <Link to={`/products/${product.id}`}>{product.name}</Link>
      </td>
      <td>
        <span className={`badge ${STATUS_BADGES[product.status]}`}>
          {t(`products.status.${product.status}`)}
        </span>
      </td>
      <td className="numeric">{product.variantCount}</td>
      <td className={product.totalStock === 0 ? "numeric table__alert" : "numeric"}>{product.totalStock}</td>
      <td className="numeric">
        {product.minPrice && product.maxPrice ? (
          product.minPrice.amount === product.maxPrice.amount ? (
            <Money {...product.minPrice} />
          ) : (
            <>
              <Money {...product.minPrice} /> – <Money {...product.maxPrice} />
            </>
          )
        ) : (
          "—"
        )}
      </td>
      <td>{dates.date(product.updatedAt)}</td>
    </tr>
  );
}
