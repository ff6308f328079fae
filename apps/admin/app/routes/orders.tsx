// The order list: filters by status, the shop's calendar days and number or email, as a plain GET
// form (the URL is the state: shareable, bookmarkable, works without JavaScript).
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { fieldErrorsFromError } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useErrorText } from "@comptoir/ui";
import { ADMIN_ORDERS_PAGE_SIZE, ORDER_STATUSES } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { OrderTable } from "~/components/order-table";
import { Pagination } from "~/components/pagination";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import dashboardStylesUrl from "~/styles/dashboard.css?url";

export const headers = privateNoStore;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStylesUrl }];

const FILTERS = ["status", "q", "from", "to"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "orders.read" });
  const locale = localeDetector.getLocale(request);
  const params = new URL(request.url).searchParams;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ""])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const t = getFixedT(locale, "admin");
  const title = getFixedT(locale, "common")("pageTitle", { title: t("orders.title") });
  try {
    const orders = await api.admin.orders.list({
      ...filters,
      page: params.get("page") ?? 1,
      pageSize: ADMIN_ORDERS_PAGE_SIZE,
    });
    return data({ orders, filters, locale, title, fieldErrors: null }, { headers: resHeaders });
  } catch (error) {
    // A mistyped filter (a date like 2026-13-45): the form says which, and shows no list.
    const fieldErrors = fieldErrorsFromError(error);
    if (!fieldErrors) throw error;
    return data({ orders: null, filters, locale, title, fieldErrors }, { status: 400, headers: resHeaders });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export default function Orders() {
  const { orders, filters, locale, fieldErrors } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const errorText = useErrorText();
  const pageCount = orders ? Math.max(1, Math.ceil(orders.total / orders.pageSize)) : 1;
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ""));
    if (page > 1) params.set("page", String(page));
    return `?${params}`;
  };
  return (
    <>
      <div className="page-heading">
        <h1>{t("orders.title")}</h1>
        {orders ? (
          <p className="page-heading__count" data-testid="order-count">
            {t("orders.count", { count: orders.total })}
          </p>
        ) : null}
      </div>
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="order-q">{t("orders.filters.search")}</label>
          <input id="order-q" name="q" type="search" defaultValue={filters.q} className="input" />
        </div>
        <div className="field">
          <label htmlFor="order-status">{t("orders.filters.status")}</label>
          <select id="order-status" name="status" defaultValue={filters.status} className="input">
            <option value="">{t("orders.filters.anyStatus")}</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`orders.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        {(["from", "to"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`order-${name}`}>{t(`orders.filters.${name}`)}</label>
            <input
              id={`order-${name}`}
              name={name}
              type="date"
              defaultValue={filters[name]}
              className="input"
              aria-invalid={fieldErrors?.[name] ? true : undefined}
              aria-describedby={fieldErrors?.[name] ? `order-${name}-error` : undefined}
            />
            {fieldErrors?.[name] ? (
              <p className="field__error" id={`order-${name}-error`}>
                {errorText(fieldErrors[name]![0] ?? "")}
              </p>
            ) : null}
          </div>
        ))}
        <button type="submit" className="btn btn--small">
          {t("orders.filters.submit")}
        </button>
        <Link to="/orders" className="btn btn--ghost btn--small">
          {t("orders.filters.reset")}
        </Link>
      </Form>
      {!orders ? null : orders.items.length === 0 ? (
        <p className="empty">{t("orders.empty")}</p>
      ) : (
        <OrderTable orders={orders.items} locale={locale as Locale} testId="order-table" />
      )}
      {orders ? <Pagination page={orders.page} pageCount={pageCount} hrefOf={pageHref} /> : null}
    </>
  );
}
