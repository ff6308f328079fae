// One order: lines, totals, payment and refunds, the customer, the timeline with notes; refund and
// note forms for the roles that may use them (the procedures check again).
import { randomUUID } from "node:crypto";
import {
  data,
  redirect,
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
import { OrderFulfilment, type FulfilmentResult } from "~/components/order-fulfilment";
import { OrderStatusBadge } from "~/components/order-status-badge";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { parseMajorAmount } from "~/lib/money-input";
import { privateNoStore } from "~/lib/no-cache";
import dashboardStylesUrl from "~/styles/dashboard.css?url";
import { fulfilmentIntentOf, runFulfilmentIntent } from "./order-fulfilment.server";
import { useShopDates } from "~/lib/shop-dates";

export const headers = privateNoStore;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStylesUrl }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, resHeaders, permissions } = await requireStaff(request, { permission: "orders.read" });
  const locale = localeDetector.getLocale(request);
  const order = await api.admin.orders.get({ orderId: params.orderId ?? "" }).catch((error: unknown) => {
    if (domainCodeOf(error) === "NOT_FOUND") throw new Response(null, { status: 404 });
    throw error;
  });
  const t = getFixedT(locale, "admin");
  return data(
    {
      order,
      locale,
      canRefund: permissions.includes("refunds.create"),
      canNote: permissions.includes("notes.write"),
      canWrite: permissions.includes("orders.write"),
      // A new id each time the form is shown: the same form sent twice refunds once.
      refundId: randomUUID(),
      title: getFixedT(locale, "common")("pageTitle", {
        title: t("orders.detail.title", { number: order.number }),
      }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

type ActionResult =
  { intent: "refund" | "note"; error: string | null; done?: boolean; field?: undefined } | FulfilmentResult;

export async function action({ request, params }: ActionFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "orders.read" });
  const orderId = params.orderId ?? "";
  const form = await request.formData();
  const fulfilment = fulfilmentIntentOf(form.get("intent"));
  const intent = fulfilment ?? (form.get("intent") === "refund" ? "refund" : "note");
  try {
    if (fulfilment) {
      const result = await runFulfilmentIntent(api, fulfilment, orderId, form);
      return data<ActionResult>(result, { status: result.error ? 400 : 200, headers: resHeaders });
    }
    if (intent === "note") {
      await api.admin.orders.addNote({ orderId, text: String(form.get("text") ?? "") });
    } else {
      const lines = [...form.entries()]
        .filter(([name, value]) => name.startsWith("line:") && Number(value) > 0)
        .map(([name, value]) => ({ orderItemId: name.slice("line:".length), quantity: Number(value) }));
      const typed = String(form.get("amount") ?? "").trim();
      const amount =
        typed === "" ? undefined : parseMajorAmount(typed, String(form.get("currency") ?? "EUR"));
      if (amount === null) {
        return data<ActionResult>(
          { intent, error: "validation.number" },
          { status: 400, headers: resHeaders },
        );
      }
      await api.admin.orders.refund({
        orderId,
        refundId: String(form.get("refundId") ?? ""),
        amount: lines.length > 0 ? undefined : amount,
        lines: lines.length > 0 ? lines : undefined,
        reason: String(form.get("reason") ?? "") || undefined,
      });
    }
  } catch (error) {
    const code = domainCodeOf(error);
    if (code === "REAUTHENTICATION_REQUIRED") {
      // Prove who you are, then come back to the order (the form is shown again, with a new id).
      throw redirect(`/reauthenticate?${new URLSearchParams({ redirectTo: `/orders/${orderId}` })}`, {
        headers: resHeaders,
      });
    }
    const fieldErrors = fieldErrorsFromError(error);
    const key = code ?? (fieldErrors ? Object.values(fieldErrors)[0]?.[0] : null);
    if (!key) throw error;
    return data<ActionResult>({ intent, error: key }, { status: 400, headers: resHeaders });
  }
  return data<ActionResult>({ intent, error: null, done: true }, { headers: resHeaders });
}

export default function Order() {
  const { order, locale, canRefund, canNote, canWrite, refundId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const errorText = useErrorText();
  const lang = locale as Locale;
  const money = (amount: number) => formatMoney(amount, order.currency, lang);
  const { dateTime: when } = useShopDates();
  const address = order.shippingAddress as Record<string, string | undefined>;
  const busy = navigation.state !== "idle";
  const shipment = shipmentOf(order.timeline);
  return (
    <>
      <p>
        <Link to="/orders">{t("orders.detail.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>{t("orders.detail.title", { number: order.number })}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <div className="order-layout">
        <div>
          <section className="panel">
            <h2>{t("orders.detail.items")}</h2>
            <table className="table" data-testid="order-items">
              <thead>
                <tr>
                  <th scope="col">{t("orders.detail.product")}</th>
                  <th scope="col">{t("orders.detail.sku")}</th>
                  <th scope="col" className="numeric">
                    {t("orders.detail.quantity")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("orders.columns.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      {item.productName}
                      {item.variantName ? <span className="muted"> — {item.variantName}</span> : null}
                    </td>
                    <td>
                      <code>{item.sku}</code>
                    </td>
                    <td className="numeric">{item.quantity}</td>
                    <td className="numeric">{money(item.totalAmount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="totals">
              <dt>{t("orders.detail.subtotal")}</dt>
              <dd>{money(order.subtotalAmount)}</dd>
              {order.discountAmount > 0 ? (
                <>
                  <dt>{t("orders.detail.discount", { code: order.discountCode ?? "" })}</dt>
                  <dd>−{money(order.discountAmount)}</dd>
                </>
              ) : null}
              <dt>{t("orders.detail.shipping")}</dt>
              <dd>{money(order.shippingAmount)}</dd>
              <dt>{t("orders.detail.tax")}</dt>
              <dd>{money(order.taxAmount)}</dd>
              <dt>
                <strong>{t("orders.columns.total")}</strong>
              </dt>
              <dd>
                <strong>{money(order.totalAmount)}</strong>
              </dd>
              {order.refundedAmount > 0 ? (
                <>
                  <dt>{t("orders.detail.refunded")}</dt>
                  <dd data-testid="refunded-amount">−{money(order.refundedAmount)}</dd>
                </>
              ) : null}
            </dl>
          </section>

          {canWrite ? (
            <OrderFulfilment
              status={order.status}
              shipment={shipment}
              refundOnCancel={order.status === "PAID" ? money(order.refundableAmount) : null}
              result={
                result && result.intent !== "refund" && result.intent !== "note"
                  ? (result as FulfilmentResult)
                  : null
              }
              busy={busy}
              errorText={errorText}
            />
          ) : null}

          {canRefund && order.refundableAmount > 0 ? (
            <section className="panel" aria-labelledby="refund-heading">
              <h2 id="refund-heading">{t("orders.refund.title")}</h2>
              <p className="muted">{t("orders.refund.left", { amount: money(order.refundableAmount) })}</p>
              {result?.intent === "refund" && result.error ? (
                <p className="alert alert--error" role="alert">
                  {errorText(result.error)}
                </p>
              ) : null}
              {result?.intent === "refund" && result.done ? (
                <p className="alert alert--info" role="status">
                  {t("orders.refund.done")}
                </p>
              ) : null}
              <Form method="post" data-testid="refund-form">
                <input type="hidden" name="intent" value="refund" />
                <input type="hidden" name="refundId" value={refundId} />
                <input type="hidden" name="currency" value={order.currency} />
                <fieldset className="field">
                  <legend>{t("orders.refund.byLines")}</legend>
                  {order.items.map((item) => (
                    <label key={item.id} className="refund-line">
                      <input
                        type="number"
                        name={`line:${item.id}`}
                        min={0}
                        max={item.quantity}
                        defaultValue={0}
                        className="input input--narrow"
                      />{" "}
                      {t("orders.refund.lineOf", { name: item.productName, count: item.quantity })}
                    </label>
                  ))}
                </fieldset>
                <div className="field">
                  <label htmlFor="refund-amount">
                    {t("orders.refund.amount", { currency: order.currency })}
                  </label>
                  <input id="refund-amount" name="amount" inputMode="decimal" className="input" />
                  <p className="field__help">{t("orders.refund.amountHelp")}</p>
                </div>
                <div className="field">
                  <label htmlFor="refund-reason">{t("orders.refund.reason")}</label>
                  <input id="refund-reason" name="reason" maxLength={500} className="input" />
                </div>
                <button type="submit" className="btn" disabled={busy}>
                  {t("orders.refund.submit")}
                </button>
              </Form>
            </section>
          ) : null}

          <section className="panel">
            <h2>{t("orders.detail.timeline")}</h2>
            <ol className="timeline" data-testid="order-timeline">
              {order.timeline.map((event) => (
                <li key={event.id}>
                  <time dateTime={new Date(event.createdAt).toISOString()}>{when(event.createdAt)}</time>
                  {event.type === "note" ? (
                    <p className="timeline__note">
                      <strong>{event.actorEmail ?? t("orders.timeline.staff")}</strong> :{" "}
                      {String((event.data as { text?: string } | null)?.text ?? "")}
                    </p>
                  ) : (
                    <p>
                      {t(`orders.timeline.${event.type}`, { defaultValue: event.type })}
                      {event.toStatus ? (
                        <>
                          {" "}
                          → <OrderStatusBadge status={event.toStatus} />
                        </>
                      ) : null}
                      {event.actorEmail ? <span className="muted"> — {event.actorEmail}</span> : null}
                      {event.type === "fulfilled" && shipmentOf([event]) ? (
                        <span className="address-line" data-testid="timeline-shipment">
                          {shipmentOf([event])!.carrierName} ·{" "}
                          <code>{shipmentOf([event])!.trackingNumber}</code>
                        </span>
                      ) : null}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            {canNote ? (
              <Form method="post" className="note-form">
                <input type="hidden" name="intent" value="note" />
                {result?.intent === "note" && result.error ? (
                  <p className="alert alert--error" role="alert">
                    {errorText(result.error)}
                  </p>
                ) : null}
                <div className="field">
                  <label htmlFor="note-text">{t("orders.notes.label")}</label>
                  <textarea id="note-text" name="text" rows={3} maxLength={2000} required className="input" />
                </div>
                <button type="submit" className="btn btn--small" disabled={busy}>
                  {t("orders.notes.submit")}
                </button>
              </Form>
            ) : null}
          </section>
        </div>
        <div>
          <section className="panel">
            <h2>{t("orders.detail.customer")}</h2>
            <p>
              {order.email}
              {order.user ? <span className="muted"> — {t("orders.detail.hasAccount")}</span> : null}
            </p>
            <address>
              {[
                address.name,
                address.line1,
                address.line2,
                `${address.postalCode ?? ""} ${address.city ?? ""}`,
                address.country,
              ]
                .filter(Boolean)
                .map((line) => (
                  <span key={line} className="address-line">
                    {line}
                  </span>
                ))}
            </address>
          </section>
          <section className="panel">
            <h2>{t("orders.detail.payment")}</h2>
            <p>
              {order.paidAt
                ? t("orders.detail.paidAt", { date: when(order.paidAt) })
                : t("orders.detail.unpaid")}
            </p>
            {order.refunds.length > 0 ? (
              <ul className="status-list" data-testid="refund-list">
                {order.refunds.map((refund) => (
                  <li key={refund.id}>
                    <span>
                      {when(refund.createdAt)} —{" "}
                      {t(`orders.refund.status.${refund.status}`, { defaultValue: refund.status })}
                    </span>
                    <span>{formatMoney(refund.amount, refund.currency, lang)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}

/** The carrier and tracking number of the order's latest "fulfilled" event, if it was shipped. */
function shipmentOf(timeline: readonly { type: string; data?: unknown }[]) {
  const data = timeline.findLast((event) => event.type === "fulfilled")?.data as
    { carrierName?: unknown; trackingNumber?: unknown } | null | undefined;
  return typeof data?.carrierName === "string" && typeof data.trackingNumber === "string"
    ? { carrierName: data.carrierName, trackingNumber: data.trackingNumber }
    : null;
}
