// Where the payment page sends a shopper who gave up (/fr/commande/annulation?order=...): their
// unpaid order ends, its stock goes back on sale, and they land on their cart, which is intact.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { domainCodeOf, fieldErrorsFromError } from "@comptoir/api";
import { cartPath } from "@comptoir/i18n";
import { storefrontApi } from "~/lib/api.server";
import { cartCookies } from "~/lib/cart-cookie.server";
import { checkoutHeaders } from "~/lib/checkout-page.server";
import { localeFromUrl } from "~/lib/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const caller = await storefrontApi(request);
  const orderId = new URL(request.url).searchParams.get("order") ?? "";
  try {
    await caller.api.checkout.cancel({ cartId: await cartCookies.readCartId(request), orderId });
  } catch (error) {
    // An order that is not this cart's, already paid or ended, or no order id at all: there is
    // nothing to end, and the cart is what the shopper came back for either way.
    if (!domainCodeOf(error) && !fieldErrorsFromError(error)) throw error;
  }
  return redirect(cartPath(locale), { status: 303, headers: checkoutHeaders(caller) });
}
