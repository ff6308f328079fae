// The cart page's data: the shopper's cart, never cached anywhere, and the header's count kept honest.
import { data } from "@remix-run/node";
import { hasSessionCookie, type RequestCaller } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import type { Locale } from "@comptoir/i18n";
import { CART_CACHE_CONTROL } from "./cart-action.server";
import { cartCookies } from "./cart-cookie.server";
import { cartAlternates, cartPath } from "./cart-paths";
import { pageSeo } from "./page-seo.server";

export async function cartPageData(request: Request, locale: Locale, caller: RequestCaller) {
  const cookieCartId = await cartCookies.readCartId(request);
  const cart = await caller.api.cart.get({ cartId: cookieCartId, locale });

  const headers = new Headers({ "Cache-Control": CART_CACHE_CONTROL });
  for (const cookie of caller.resHeaders.getSetCookie()) headers.append("Set-Cookie", cookie);
  // A guest whose cookie names no cart of theirs (expired, ordered, someone else's) forgets it. A
  // logged-in customer's cart is found by their account: their guest cookie stays for the merge.
  const forget = cookieCartId !== null && cart.id === null && !hasSessionCookie(request, "storefront");
  const count = cart.itemCount > 0 ? cart.itemCount : null;
  if (forget || cartCookies.readItemCount(request) !== count) {
    for (const cookie of await cartCookies.commit(forget ? null : undefined, cart.itemCount)) {
      headers.append("Set-Cookie", cookie);
    }
  }

  const t = getFixedT(locale, "storefront");
  const alternates = cartAlternates();
  return data(
    {
      locale,
      cart,
      alternates,
      seo: pageSeo(request, {
        locale,
        title: getFixedT(locale, "common")("pageTitle", { title: t("cart.title") }),
        description: t("cart.description"),
        path: cartPath(locale),
        alternates,
        // A shopper's own page: nothing for a search engine to index.
        noindex: true,
      }),
    },
    { headers },
  );
}
