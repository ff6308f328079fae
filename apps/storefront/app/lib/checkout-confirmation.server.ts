// The confirmation page's data: the order the shopper comes back to from the payment page (the
// Checkout Session id in the URL is its key), and the header's cart count brought up to date.
import { data } from "@remix-run/node";
import { fieldErrorsFromError, isNotFoundError, type RequestCaller } from "@comptoir/api";
import { checkoutConfirmationPath, LOCALES, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { cartCookies } from "./cart-cookie.server";
import { checkoutHeaders } from "./checkout-page.server";
import {
  checksFrom,
  CONFIRMATION_CHECK_SECONDS,
  confirmationStateOf,
  nextCheckPath,
} from "./checkout-confirmation";
import { orderSummary } from "./checkout-summary";
import { pageSeo } from "./page-seo.server";

const notFound = () => new Response(null, { status: 404, statusText: "Not Found" });

async function orderOf(caller: RequestCaller, sessionId: string) {
  try {
    return await caller.api.checkout.confirmation({ sessionId });
  } catch (error) {
    // An unknown session, or something that is not a session id at all: no such page.
    if (isNotFoundError(error) || fieldErrorsFromError(error)) throw notFound();
    throw error;
  }
}

export async function confirmationPageData(request: Request, locale: Locale, caller: RequestCaller) {
  const params = new URL(request.url).searchParams;
  const sessionId = params.get("session_id");
  if (!sessionId) throw notFound();
  const order = await orderOf(caller, sessionId);
  const checks = checksFrom(params.get("check"));
  const state = confirmationStateOf(order.status, checks);

  // The payment emptied the cart: the header's count (a cookie) must say so. Read from the cart
  // itself, which also covers a shopper who has started a new cart since.
  const cartId = await cartCookies.readCartId(request);
  const cart = await caller.api.cart.get({ cartId, locale });
  const headers = checkoutHeaders(caller);
  if (cartCookies.readItemCount(request) !== (cart.itemCount > 0 ? cart.itemCount : null)) {
    for (const cookie of await cartCookies.commit(undefined, cart.itemCount))
      headers.append("Set-Cookie", cookie);
  }

  const t = getFixedT(locale, "checkout");
  const alternates = Object.fromEntries(
    LOCALES.map((other) => [other, checkoutConfirmationPath(other, sessionId)]),
  );
  return data(
    {
      locale,
      state,
      number: order.number,
      email: order.email,
      summary: orderSummary(order),
      address: order.shippingAddress,
      shippingMethod: order.shippingMethod,
      // Without JavaScript, a pending page reloads itself (meta refresh) with one more check counted.
      /** The page from the first check again, for a shopper who waited past the last one. */
      checkAgainPath: checkoutConfirmationPath(locale, sessionId),
      recheck:
        state === "pending"
          ? { path: nextCheckPath(locale, sessionId, checks), seconds: CONFIRMATION_CHECK_SECONDS }
          : null,
      alternates,
      seo: pageSeo(request, {
        locale,
        title: getFixedT(locale, "common")("pageTitle", { title: t("order.metaTitle") }),
        description: t("order.description"),
        path: checkoutConfirmationPath(locale, sessionId),
        alternates,
        noindex: true,
      }),
    },
    { headers },
  );
}
