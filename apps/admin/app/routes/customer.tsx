// One customer: profile and account state, what they spent, saved addresses, orders (each linking
// to its page), and, for an address not yet verified, sending the verification email again. The
// procedures check permissions again; the page only hides what the role cannot use.
import {
  data,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { domainCodeOf, fieldErrorsFromError } from "@comptoir/api";
import { formatMoney, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useErrorText } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import { CustomerStateBadge } from "~/components/customer-state-badge";
import { OrderStatusBadge } from "~/components/order-status-badge";
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

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, resHeaders, permissions } = await requireStaff(request, { permission: "customers.read" });
  const locale = localeDetector.getLocale(request);
  const customer = await api.admin.customers
    .get({ customerId: params.customerId ?? "" })
    .catch((error: unknown) => {
      // A malformed id in the address bar is as unknown as a missing one.
      if (domainCodeOf(error) === "NOT_FOUND" || fieldErrorsFromError(error)) {
        throw new Response(null, { status: 404 });
      }
      throw error;
    });
  return data(
    {
      customer,
      locale,
      canResend: permissions.includes("emails.resend"),
      canReadAudit: permissions.includes("audit.read"),
      title: getFixedT(locale, "common")("pageTitle", { title: customer.name ?? customer.email }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

type ActionResult = { done: boolean; error: string | null };

export async function action({ request, params }: ActionFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "emails.resend" });
  try {
    await api.admin.customers.resendVerification({ customerId: params.customerId ?? "" });
  } catch (error) {
    const code = domainCodeOf(error);
    if (code === "NOT_FOUND") throw new Response(null, { status: 404, headers: resHeaders });
    const key = code ?? (fieldErrorsFromError(error) ? "BAD_REQUEST" : null);
    if (!key) throw error;
    return data<ActionResult>({ done: false, error: key }, { status: 400, headers: resHeaders });
  }
  return data<ActionResult>({ done: true, error: null }, { headers: resHeaders });
}

export default function Customer() {
  const { customer, locale, canResend, canReadAudit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const { t: tCommon } = useTranslation("common");
  const errorText = useErrorText();
  const lang = locale as Locale;
  const { date, dateTime } = useShopDates();
  const day = (value: string | Date) => date(value, "long");
  const needsVerification = !customer.emailVerifiedAt && !customer.deactivatedAt;
  return (
    <>
      <p>
        <Link to="/customers">{t("customers.detail.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>{customer.name ?? customer.email}</h1>
        <CustomerStateBadge customer={customer} />
      </div>
      <div className="order-layout">
        <div>
          {needsVerification && canResend ? (
            <section className="panel" aria-labelledby="resend-heading" data-testid="resend-panel">
              <h2 id="resend-heading">{t("customers.resend.title")}</h2>
              <p className="muted">{t("customers.resend.help")}</p>
              {result?.done ? (
                <p className="alert alert--info" role="status">
                  {t("customers.resend.done")}
                </p>
              ) : null}
              {result?.error ? (
                <p className="alert alert--error" role="alert">
                  {result.error === "CONFLICT" ? t("customers.resend.conflict") : errorText(result.error)}
                </p>
              ) : null}
              <Form method="post">
                <button type="submit" className="btn btn--small" disabled={navigation.state !== "idle"}>
                  {t("customers.resend.submit")}
                </button>
              </Form>
            </section>
          ) : null}

          <section className="panel" aria-labelledby="orders-heading">
            <h2 id="orders-heading">{t("customers.detail.orders")}</h2>
            {customer.orders.length === 0 ? (
              <p className="muted">{t("customers.detail.noOrders")}</p>
            ) : (
              <table className="table table--stacked" data-testid="customer-orders">
                <thead>
                  <tr>
                    <th scope="col">{t("orders.columns.number")}</th>
                    <th scope="col">{t("orders.columns.date")}</th>
                    <th scope="col">{t("orders.columns.status")}</th>
                    <th scope="col" className="numeric">
                      {t("orders.detail.quantity")}
                    </th>
                    <th scope="col" className="numeric">
                      {t("orders.columns.total")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {customer.orders.map((order) => (
                    <tr key={order.id} data-testid="customer-order">
                      <td data-label={t("orders.columns.number")}>
                        <span>
                          <Link to={`/orders/${order.id}`}>#{order.number}</Link>
                          {order.guest ? (
                            <span className="cell-sub">{t("customers.detail.guest")}</span>
                          ) : null}
                        </span>
                      </td>
                      <td data-label={t("orders.columns.date")}>{dateTime(order.createdAt)}</td>
                      <td data-label={t("orders.columns.status")}>
                        <span>
                          <OrderStatusBadge status={order.status} />
                        </span>
                      </td>
                      <td data-label={t("orders.detail.quantity")} className="numeric">
                        {order.itemCount}
                      </td>
                      <td data-label={t("orders.columns.total")} className="numeric">
                        <span>
                          {formatMoney(order.totalAmount, order.currency, lang)}
                          {order.refundedAmount > 0 ? (
                            <span className="cell-sub">
                              {t("customers.detail.refunded", {
                                amount: formatMoney(order.refundedAmount, order.currency, lang),
                              })}
                            </span>
                          ) : null}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {customer.orderCount > customer.orders.length ? (
              <p>
                <Link to={`/orders?${new URLSearchParams({ q: customer.email })}`}>
                  {t("customers.detail.moreOrders", {
                    shown: customer.orders.length,
                    count: customer.orderCount,
                  })}
                </Link>
              </p>
            ) : null}
          </section>

          <section className="panel" aria-labelledby="addresses-heading">
            <h2 id="addresses-heading">{t("customers.detail.addresses")}</h2>
            {customer.addresses.length === 0 ? (
              <p className="muted">{t("customers.detail.noAddresses")}</p>
            ) : (
              <ul className="address-list">
                {customer.addresses.map((address) => (
                  <li key={address.id}>
                    <address>
                      {[
                        address.name,
                        address.line1,
                        address.line2,
                        `${address.postalCode} ${address.city}`,
                        address.region,
                        address.country,
                        address.phone,
                      ]
                        .filter(Boolean)
                        .map((line, index) => (
                          <span className="address-line" key={index}>
                            {line}
                          </span>
                        ))}
                    </address>
                    <div className="badges">
                      {address.isDefaultShipping ? (
                        <span className="badge badge--accent">{t("customers.detail.defaultShipping")}</span>
                      ) : null}
                      {address.isDefaultBilling ? (
                        <span className="badge badge--accent">{t("customers.detail.defaultBilling")}</span>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        <div>
          <section className="panel" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t("customers.detail.profile")}</h2>
            <dl className="facts">
              <dt>{t("customers.detail.email")}</dt>
              <dd>
                {customer.email}
                {customer.emailVerifiedAt ? (
                  <span className="cell-sub">
                    {t("customers.detail.verifiedOn", { date: day(customer.emailVerifiedAt) })}
                  </span>
                ) : null}
              </dd>
              <dt>{t("customers.detail.name")}</dt>
              <dd>{customer.name ?? <span className="muted">{t("customers.detail.noName")}</span>}</dd>
              <dt>{t("customers.detail.language")}</dt>
              <dd>{tCommon(`language.names.${customer.locale}`)}</dd>
              <dt>{t("customers.detail.since")}</dt>
              <dd>{day(customer.createdAt)}</dd>
              <dt>{t("customers.detail.signIn")}</dt>
              <dd>
                {customer.hasPassword ? t("customers.detail.password") : t("customers.detail.magicLinkOnly")}
              </dd>
              <dt>{t("customers.detail.sessions")}</dt>
              <dd>{customer.activeSessions}</dd>
            </dl>
            {customer.deactivatedAt ? (
              <p className="alert alert--error">
                {t("customers.detail.deactivatedOn", { date: day(customer.deactivatedAt) })}
              </p>
            ) : null}
            {canReadAudit ? (
              <p>
                <Link to={`/audit?${new URLSearchParams({ entityType: "User", entityId: customer.id })}`}>
                  {t("customers.detail.history")}
                </Link>
              </p>
            ) : null}
          </section>

          <section className="panel" aria-labelledby="spent-heading">
            <h2 id="spent-heading">{t("customers.detail.spent")}</h2>
            {customer.spent.length === 0 ? (
              <p className="muted">{t("customers.detail.nothingSpent")}</p>
            ) : (
              customer.spent.map((spend) => (
                <div key={spend.currency}>
                  <p className="spent" data-testid="customer-spent">
                    {formatMoney(spend.amount, spend.currency, lang)}
                  </p>
                  <p className="muted">{t("customers.detail.spentHelp", { count: spend.paidOrders })}</p>
                </div>
              ))
            )}
          </section>
        </div>
      </div>
    </>
  );
}
