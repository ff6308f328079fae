// The checkout page's data: the shopper's cart and the shipping methods for a destination, never
// cached anywhere (the page shows the shopper's cart, and later their address).
import { data, redirect } from "@remix-run/node";
import { domainCodeOf, type RequestCaller } from "@comptoir/api";
import { cartPath, checkoutPath, LOCALES, type Alternates, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { cartCookies } from "./cart-cookie.server";
import { destinationOf, type CheckoutShipping, type CheckoutValues } from "./checkout-data";
import { pageSeo } from "./page-seo.server";

/** A checkout response is the shopper's alone: no browser cache, proxy or CDN may keep it. */
export const CHECKOUT_CACHE_CONTROL = "private, no-store";

/** The headers of every checkout response, with the cookies the API set (a sliding session). */
export function checkoutHeaders(caller: RequestCaller): Headers {
  const headers = new Headers({ "Cache-Control": CHECKOUT_CACHE_CONTROL });
  for (const cookie of caller.resHeaders.getSetCookie()) headers.append("Set-Cookie", cookie);
  return headers;
}

export function checkoutAlternates(): Alternates {
  return Object.fromEntries(LOCALES.map((locale) => [locale, checkoutPath(locale)]));
}

/**
 * The shipping methods for the destination, priced for the cart. A country the shop does not ship
 * to is an answer the page shows (no methods), not a failure.
 */
export async function shippingFor(
  caller: RequestCaller,
  ref: { cartId: string | null; locale: Locale },
  values: { country?: string | null; region?: string | null },
): Promise<CheckoutShipping> {
  const { country, region } = destinationOf(values);
  try {
    const options = await caller.api.cart.shippingOptions({ ...ref, country, region: region ?? undefined });
    return { country, region, options, error: null };
  } catch (error) {
    if (domainCodeOf(error) !== "SHIPPING_UNAVAILABLE") throw error;
    return { country, region, options: [], error: "SHIPPING_UNAVAILABLE" };
  }
}

/**
 * The cart (an empty one sends the shopper back to the cart page), the shipping methods for the
 * country in the URL (`?country=CA&region=QC`, which the page's own refresh uses; France
 * otherwise), and the page's SEO fields. A cart with problems gets no methods: the page only
 * lists the problems and leads back to the cart.
 */
export async function checkoutPageData(request: Request, locale: Locale, caller: RequestCaller) {
  const cartId = await cartCookies.readCartId(request);
  const cart = await caller.api.cart.get({ cartId, locale });
  if (cart.lines.length === 0) {
    throw redirect(cartPath(locale), { status: 303, headers: checkoutHeaders(caller) });
  }
  const params = new URL(request.url).searchParams;
  const destination = destinationOf({ country: params.get("country"), region: params.get("region") });
  const shipping: CheckoutShipping =
    cart.problems.length > 0
      ? { ...destination, options: [], error: null }
      : await shippingFor(caller, { cartId, locale }, destination);

  const t = getFixedT(locale, "checkout");
  const alternates = checkoutAlternates();
  return data(
    {
      locale,
      cart,
      shipping,
      values: { country: destination.country, region: destination.region ?? "" } satisfies CheckoutValues,
      alternates,
      seo: pageSeo(request, {
        locale,
        title: getFixedT(locale, "common")("pageTitle", { title: t("title") }),
        description: t("description"),
        path: checkoutPath(locale),
        alternates,
        // A shopper's own page: nothing for a search engine to index.
        noindex: true,
      }),
    },
    { headers: checkoutHeaders(caller) },
  );
}
