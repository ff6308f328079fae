// The order history: /fr/compte/commandes, /en/account/orders (?page=2...).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { accountPath, homePath } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountOrderTable } from "~/components/account-order-table";
import { AccountPageHeader } from "~/components/account-page-header";
import { Pagination } from "~/components/pagination";
import { ordersPageData } from "~/lib/account-orders.server";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return ordersPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

export default function AccountOrders() {
  const { locale, orders } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const base = accountPath(locale, "orders");
  return (
    <div className="account-orders-page">
      <AccountPageHeader
        title={t("orders.title")}
        intro={orders.total > 0 ? t("orders.count", { count: orders.total }) : undefined}
      />
      {orders.items.length > 0 ? (
        <>
          <AccountOrderTable orders={orders.items} locale={locale} />
          <Pagination
            page={orders.page}
            pageCount={orders.pageCount}
            href={(page) => (page > 1 ? `${base}?page=${page}` : base)}
          />
        </>
      ) : (
        <div className="empty account-empty">
          <p>{t("orders.empty")}</p>
          <Link to={homePath(locale)} className="btn btn--small">
            {t("orders.startShopping")}
          </Link>
        </div>
      )}
    </div>
  );
}
