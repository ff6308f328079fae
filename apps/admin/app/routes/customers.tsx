// The customer list: search by part of the email address or the name, as a plain GET form (the URL
// is the state: shareable, works without JavaScript), one page at a time.
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { fieldErrorsFromError } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import { useErrorText } from "@comptoir/ui";
import { ADMIN_CUSTOMERS_PAGE_SIZE } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { CustomerStateBadge } from "~/components/customer-state-badge";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import auditCustomersStylesUrl from "~/styles/audit-customers.css?url";
import dashboardStylesUrl from "~/styles/dashboard.css?url";
import { useShopDates } from "~/lib/shop-dates";

export const headers = privateNoStore;
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStylesUrl },
  { rel: "stylesheet", href: auditCustomersStylesUrl },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "customers.read" });
  const locale = localeDetector.getLocale(request);
  const params = new URL(request.url).searchParams;
  const q = params.get("q") ?? "";
  const t = getFixedT(locale, "admin");
  const title = getFixedT(locale, "common")("pageTitle", { title: t("customers.title") });
  try {
    const customers = await api.admin.customers.list({
      q,
      page: params.get("page") ?? 1,
      pageSize: ADMIN_CUSTOMERS_PAGE_SIZE,
    });
    return data({ customers, q, locale, title, fieldErrors: null }, { headers: resHeaders });
  } catch (error) {
    const fieldErrors = fieldErrorsFromError(error);
    if (!fieldErrors) throw error;
    return data({ customers: null, q, locale, title, fieldErrors }, { status: 400, headers: resHeaders });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export default function Customers() {
  const dates = useShopDates();
  const { customers, q, fieldErrors } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const errorText = useErrorText();
  const pageCount = customers ? Math.max(1, Math.ceil(customers.total / customers.pageSize)) : 1;
  const pageHref = (page: number) => {
    const params = new URLSearchParams(q ? { q } : {});
    if (page > 1) params.set("page", String(page));
    return `?${params}`;
  };
  const searchError = fieldErrors?.q?.[0] ?? fieldErrors?.page?.[0] ?? null;
  return (
    <>
      <div className="page-heading">
        <h1>{t("customers.title")}</h1>
        {customers ? (
          <p className="page-heading__count" data-testid="customer-count">
            {t("customers.count", { count: customers.total })}
          </p>
        ) : null}
      </div>
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="customer-q">{t("customers.filters.search")}</label>
          <input
            id="customer-q"
            name="q"
            type="search"
            defaultValue={q}
            className="input input--wide"
            aria-invalid={searchError ? true : undefined}
            aria-describedby={searchError ? "customer-q-error" : undefined}
          />
          {searchError ? (
            <p className="field__error" id="customer-q-error">
              {errorText(searchError)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn--small">
          {t("customers.filters.submit")}
        </button>
        <Link to="/customers" className="btn btn--ghost btn--small">
          {t("customers.filters.reset")}
        </Link>
      </Form>
      {!customers ? null : customers.items.length === 0 ? (
        <p className="empty">{t("customers.empty")}</p>
      ) : (
        <table className="table table--stacked" data-testid="customer-table">
          <thead>
            <tr>
              <th scope="col">{t("customers.columns.customer")}</th>
              <th scope="col">{t("customers.columns.account")}</th>
              <th scope="col" className="numeric">
                {t("customers.columns.orders")}
              </th>
              <th scope="col">{t("customers.columns.since")}</th>
            </tr>
          </thead>
          <tbody>
            {customers.items.map((customer) => (
              <tr key={customer.id} data-testid="customer-row">
                <td data-label={t("customers.columns.customer")}>
                  <span>
                    <Link to={`/customers/${customer.id}`}>{customer.name ?? customer.email}</Link>
                    {customer.name ? <span className="cell-sub">{customer.email}</span> : null}
                  </span>
                </td>
                <td data-label={t("customers.columns.account")}>
                  <span>
                    <CustomerStateBadge customer={customer} />
                  </span>
                </td>
                <td data-label={t("customers.columns.orders")} className="numeric">
                  {customer.orderCount}
                </td>
                <td data-label={t("customers.columns.since")}>{dates.date(customer.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {customers && pageCount > 1 ? (
        <nav className="pagination" aria-label={t("products.pagination.label")}>
          {customers.page > 1 ? (
            <Link to={pageHref(customers.page - 1)}>{t("products.pagination.previous")}</Link>
          ) : (
            <span />
          )}
          <span>{t("products.pagination.position", { page: customers.page, pageCount })}</span>
          {customers.page < pageCount ? (
            <Link to={pageHref(customers.page + 1)}>{t("products.pagination.next")}</Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
