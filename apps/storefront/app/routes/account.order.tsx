// One order of the customer's: /fr/compte/commandes/1042, /en/account/orders/1042.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { accountPath, useResources } from "@comptoir/i18n";
import { checkoutResources } from "@comptoir/i18n/resources/checkout";
import { Money } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountOrderStatus } from "~/components/account-order-status";
import { AccountOrderTimeline } from "~/components/account-order-timeline";
import { AccountPageHeader } from "~/components/account-page-header";
import { AddressLines } from "~/components/checkout-order-details";
import { OrderSummary } from "~/components/order-summary";
import { orderPageData } from "~/lib/account-orders.server";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";
import { useAccountDate } from "~/lib/use-account-date";

export const headers = accountRouteHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  return orderPageData(request, localeFromUrl(request)!, await storefrontApi(request), params.number);
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

export default function AccountOrder() {
  // The checkout's texts come with the pages that show its parts, not with every page of the shop.
  useResources(checkoutResources);
  const { locale, order, summary } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const date = useAccountDate(locale);
  return (
    <div className="account-order" data-testid="account-order">
      <Link to={accountPath(locale, "orders")} className="account-back">
        {t("order.back")}
      </Link>
      <AccountPageHeader
        title={t("order.title", { number: order.number })}
        intro={t("order.placedOn", { date: date(order.createdAt, { dateStyle: "long" }) })}
        actions={<AccountOrderStatus status={order.status} />}
      />
      <div className="account-order__body">
        <div className="account-stack">
          <AccountOrderTimeline timeline={order.timeline} locale={locale} />
          <section className="account-card" aria-labelledby="order-delivery-title">
            <h2 id="order-delivery-title">{t("order.detailsTitle")}</h2>
            <dl className="account-facts">
              <div>
                <dt>{t("order.shippingAddress")}</dt>
                <dd>
                  <AddressLines address={order.shippingAddress} />
                </dd>
              </div>
              <div>
                <dt>{t("order.shippingMethod")}</dt>
                <dd>{order.shippingMethod.name}</dd>
              </div>
              {order.shipment ? (
                <div data-testid="order-shipment">
                  <dt>{t("order.shipment")}</dt>
                  <dd>
                    {order.shipment.carrierName} — {t("order.trackingNumber")}{" "}
                    <code>{order.shipment.trackingNumber}</code>
                    {order.shipment.trackingUrl ? (
                      <>
                        {" "}
                        <a href={order.shipment.trackingUrl} target="_blank" rel="noopener noreferrer">
                          {t("order.trackParcel")}
                        </a>
                      </>
                    ) : null}
                  </dd>
                </div>
              ) : null}
              {order.refundedAmount > 0 ? (
                <div>
                  <dt>{t("order.refunded")}</dt>
                  <dd>
                    <Money amount={order.refundedAmount} currency={order.currency} />
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        </div>
        <OrderSummary view={summary} locale={locale} />
      </div>
    </div>
  );
}
