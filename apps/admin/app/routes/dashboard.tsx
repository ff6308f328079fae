// The admin's start page: how the shop is doing today, this week and this month, what is running
// out, and the latest orders.
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatMoney, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { OrderStatusBadge } from "~/components/order-status-badge";
import { OrderTable } from "~/components/order-table";
import { RevenueChart } from "~/components/revenue-chart";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import dashboardStylesUrl from "~/styles/dashboard.css?url";

export const headers = privateNoStore;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStylesUrl }];

const PERIODS = { today: "today", "7d": "days7", "30d": "days30" } as const;
type PeriodParam = keyof typeof PERIODS;

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "orders.read" });
  const locale = localeDetector.getLocale(request);
  const requested = new URL(request.url).searchParams.get("period");
  const period: PeriodParam = requested && requested in PERIODS ? (requested as PeriodParam) : "7d";
  const dashboard = await api.admin.dashboard.get({ locale });
  const t = getFixedT(locale, "admin");
  return data(
    {
      dashboard,
      period,
      locale,
      title: getFixedT(locale, "common")("pageTitle", { title: t("dashboard.title") }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export default function Dashboard() {
  const { dashboard, period, locale } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const figures = dashboard.kpis[PERIODS[period]];
  const money = (amount: number) => formatMoney(amount, dashboard.currency, locale as Locale);
  const statuses = Object.entries(figures.ordersByStatus).filter(([, count]) => count > 0);
  return (
    <>
      <div className="page-heading">
        <h1>{t("dashboard.title")}</h1>
        <nav className="period-switch" aria-label={t("dashboard.period.label")}>
          {(Object.keys(PERIODS) as PeriodParam[]).map((key) => (
            <Link
              key={key}
              to={`?period=${key}`}
              aria-current={key === period ? "page" : undefined}
              preventScrollReset
            >
              {t(`dashboard.period.${key}`)}
            </Link>
          ))}
        </nav>
      </div>
      <section className="kpis" aria-label={t("dashboard.kpi.label")}>
        <Kpi label={t("dashboard.kpi.revenue")} value={money(figures.revenue)} testId="kpi-revenue" />
        <Kpi label={t("dashboard.kpi.orders")} value={String(figures.orders)} testId="kpi-orders" />
        <Kpi
          label={t("dashboard.kpi.averageOrderValue")}
          value={money(figures.averageOrderValue)}
          testId="kpi-aov"
        />
        <Kpi
          label={t("dashboard.kpi.newCustomers")}
          value={String(figures.newCustomers)}
          testId="kpi-customers"
        />
      </section>
      <div className="dashboard-grid">
        <section className="panel dashboard-grid__wide">
          <h2>{t("dashboard.chart.title")}</h2>
          <RevenueChart
            days={dashboard.revenueByDay}
            currency={dashboard.currency}
            locale={locale as Locale}
          />
        </section>
        <section className="panel">
          <h2>{t("dashboard.byStatus")}</h2>
          {statuses.length === 0 ? (
            <p className="empty">{t("dashboard.noOrders")}</p>
          ) : (
            <ul className="status-list">
              {statuses.map(([status, count]) => (
                <li key={status}>
                  <OrderStatusBadge status={status as keyof typeof figures.ordersByStatus} />
                  <Link to={`/orders?status=${status}`}>{count}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel">
          <h2>{t("dashboard.lowStock.title")}</h2>
          {dashboard.lowStock.length === 0 ? (
            <p className="empty">{t("dashboard.lowStock.none")}</p>
          ) : (
            <table className="table" data-testid="low-stock">
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.lowStock.product")}</th>
                  <th scope="col">{t("dashboard.lowStock.sku")}</th>
                  <th scope="col" className="numeric">
                    {t("dashboard.lowStock.stock")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {dashboard.lowStock.map((variant) => (
                  <tr key={variant.variantId}>
                    <td>{variant.productName}</td>
                    <td>
                      <code>{variant.sku}</code>
                    </td>
                    <td className={variant.stock === 0 ? "numeric table__alert" : "numeric"}>
                      {variant.stock}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="panel dashboard-grid__wide">
          <h2>{t("dashboard.latestOrders")}</h2>
          {dashboard.latestOrders.length === 0 ? (
            <p className="empty">{t("dashboard.noOrders")}</p>
          ) : (
            <OrderTable orders={dashboard.latestOrders} locale={locale as Locale} testId="latest-orders" />
          )}
        </section>
      </div>
    </>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="kpi">
      <p className="kpi__label">{label}</p>
      <p className="kpi__value" data-testid={testId}>
        {value}
      </p>
    </div>
  );
}
