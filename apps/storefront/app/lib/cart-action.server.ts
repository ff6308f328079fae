// The cart's one action, shared by every cart form (cart page, product page). A form sent by the
// browser itself (no JavaScript) gets Post/Redirect/Get: a 303 to the cart page on success, so that
// the page is read with the new cookie and a reload does not post again; on failure the cart page
// renders with the answer (input kept, cart untouched). A form sent by a fetcher (marked
// `enhanced`) gets the answer as data and stays where it is.
import { data, redirect } from "@remix-run/node";
import { domainCodeOf, fieldErrorsFromError, type RequestCaller } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { isRateLimitedError } from "@comptoir/rate-limit";
import { ENHANCED_FIELD, type CartActionData } from "./cart-action-data";
import { cartCookies } from "./cart-cookie.server";
import { cartPath } from "./cart-paths";
import { parseCartForm, type CartCommand } from "./cart-form.server";
import { limitCartAction } from "./rate-limit.server";

/** A cart response is the shopper's alone: never kept by a browser cache, proxy or CDN. */
export const CART_CACHE_CONTROL = "private, no-store";

/** HTTP statuses of refused cart actions (the body carries the code to translate). */
function statusOf(code: string): number {
  if (code === "RATE_LIMITED") return 429;
  if (code === "NOT_FOUND") return 404;
  if (
    ["INSUFFICIENT_STOCK", "OUT_OF_STOCK", "DISCOUNT_USAGE_LIMIT", "DISCOUNT_CUSTOMER_LIMIT"].includes(code)
  ) {
    return 409;
  }
  return 400;
}

function run(api: RequestCaller["api"], cartId: string | null, locale: Locale, command: CartCommand) {
  const ref = { cartId, locale };
  switch (command.intent) {
    case "add":
      return api.cart.addItem({ ...ref, variantId: command.variantId, quantity: command.quantity });
    case "update":
      return api.cart.updateItem({ ...ref, variantId: command.variantId, quantity: command.quantity });
    case "remove":
      return api.cart.removeItem({ ...ref, variantId: command.variantId });
    case "applyDiscount":
      return api.cart.applyDiscount({ ...ref, code: command.code });
    case "removeDiscount":
      return api.cart.removeDiscount(ref);
  }
}

/**
 * Reads the form, checks the rate limits, calls the cart procedure and remembers the cart in the
 * cookie. Refusals (bad input, domain rules, limits) come back as data with a 4xx status, the
 * shopper's input echoed, the cart untouched; anything else is a server error.
 */
export async function cartAction(request: Request, locale: Locale, caller: RequestCaller) {
  const headers = new Headers({ "Cache-Control": CART_CACHE_CONTROL });
  for (const cookie of caller.resHeaders.getSetCookie()) headers.append("Set-Cookie", cookie);
  const refuse = (failure: Omit<Extract<CartActionData, { ok: false }>, "ok">) =>
    data<CartActionData>({ ok: false, ...failure }, { status: statusOf(failure.error), headers });

  // A body that is not a form (a script posting JSON) reads as an empty form: a 400, not a 500.
  const formData = await request.formData().catch(() => new FormData());
  const enhanced = formData.get(ENHANCED_FIELD) === "1";
  const parsed = parseCartForm(formData);
  // Where a refusal is shown: the form that was sent (its intent and line), with what it held.
  const form = parsed.ok
    ? {
        intent: parsed.command.intent,
        variantId: "variantId" in parsed.command ? parsed.command.variantId : null,
        values: parsed.values,
      }
    : { intent: parsed.intent, variantId: parsed.variantId, values: parsed.values };

  const cartId = await cartCookies.readCartId(request);
  try {
    await limitCartAction(request, cartId);
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    headers.set("Retry-After", String(error.retryAfterSeconds));
    return refuse({ ...form, error: "RATE_LIMITED" });
  }
  if (!parsed.ok) return refuse(parsed);

  try {
    const result = await run(caller.api, cartId, locale, parsed.command);
    for (const cookie of await cartCookies.commit(result.cartId, result.cart.itemCount)) {
      headers.append("Set-Cookie", cookie);
    }
    if (!enhanced) return redirect(cartPath(locale), { status: 303, headers });
    return data<CartActionData>(
      {
        ok: true,
        intent: parsed.command.intent,
        variantId: form.variantId,
        itemCount: result.cart.itemCount,
      },
      { headers },
    );
  } catch (error) {
    const code = domainCodeOf(error) ?? Object.values(fieldErrorsFromError(error) ?? {})[0]?.[0];
    if (!code) throw error;
    return refuse({ ...form, error: code });
  }
}
