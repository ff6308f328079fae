// The order history (`?page=2`) and an order's page (/fr/compte/commandes/1042). An order that is
// not the customer's is no page at all: 404, as for a number that does not exist.
import { data } from "@remix-run/node";
import { isNotFoundError, type RequestCaller } from "@comptoir/api";
import { accountOrderPath, accountPath, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { orderSummary } from "./checkout-summary";
import { accountAlternates, accountPageSeo } from "./account-page.server";
import { accountHeaders, requireCustomer } from "./account-session.server";

/** Largest page or order number the URL may name (beyond it, nothing exists). */
const MAX_NUMBER = 2_147_483_647;

/** A whole number from 1 up in a URL, or null (lenient: "2abc", "0" and "-1" are not numbers here). */
export function positiveInteger(value: string | null | undefined): number | null {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const number = Number(value);
  return number <= MAX_NUMBER ? number : null;
}

function notFound(caller: RequestCaller): Response {
  return new Response(null, { status: 404, statusText: "Not Found", headers: accountHeaders(caller) });
}

export async function ordersPageData(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  // A page number that is not one shows the first page, as catalog listings do.
  const page = positiveInteger(new URL(request.url).searchParams.get("page")) ?? 1;
  const orders = await caller.api.account.orders.list({ page: Math.min(page, 10_000) });
  if (page > 1 && page > orders.pageCount) throw notFound(caller);
  const query = page > 1 ? `?page=${page}` : "";
  return data(
    {
      locale,
      orders,
      ...accountPageSeo(request, locale, {
        title: getFixedT(locale, "account")("orders.title"),
        alternates: accountAlternates((other) => `${accountPath(other, "orders")}${query}`),
      }),
    },
    { headers: accountHeaders(caller) },
  );
}

export async function orderPageData(
  request: Request,
  locale: Locale,
  caller: RequestCaller,
  numberParam: string | undefined,
) {
  await requireCustomer(request, locale, caller);
  const number = positiveInteger(numberParam);
  if (number === null) throw notFound(caller);
  let order;
  try {
    order = await caller.api.account.orders.get({ number });
  } catch (error) {
    if (isNotFoundError(error)) throw notFound(caller);
    throw error;
  }
  const t = getFixedT(locale, "account");
  return data(
    {
      locale,
      order: {
        number: order.number,
        status: order.status,
        createdAt: order.createdAt,
        refundedAmount: order.refundedAmount,
        currency: order.currency,
        shippingAddress: order.shippingAddress,
        shippingMethod: order.shippingMethod,
        timeline: order.timeline,
        shipment: order.shipment,
      },
      summary: orderSummary(order),
      ...accountPageSeo(request, locale, {
        title: t("order.title", { number }),
        alternates: accountAlternates((other) => accountOrderPath(other, number)),
      }),
    },
    { headers: accountHeaders(caller) },
  );
}
