// The checkout form's action. "refresh" prices the shipping methods for the country the form names
// (the form without JavaScript has no other way to ask); "pay" turns the cart into an order and
// sends the shopper to the payment page with a 303. A refusal (bad input, stock, discount, payment
// provider down, too many attempts) answers the page again with the input kept and nothing changed.
import { data, redirect } from "@remix-run/node";
import { domainCodeOf, fieldErrorsFromError, type RequestCaller } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { isRateLimitedError } from "@comptoir/rate-limit";
import { cartCookies } from "./cart-cookie.server";
import { CHECKOUT_INTENTS, type CheckoutActionData } from "./checkout-data";
import { failureOfCode, failureOfFieldErrors, type CheckoutFailure } from "./checkout-errors";
import { checkCheckoutForm, readCheckoutValues } from "./checkout-form";
import { checkoutHeaders, shippingFor } from "./checkout-page.server";
import { limitCartAction } from "./rate-limit.server";

export async function checkoutAction(request: Request, locale: Locale, caller: RequestCaller) {
  const form = await request.formData();
  const intent = CHECKOUT_INTENTS.find((candidate) => candidate === form.get("intent")) ?? null;
  const values = readCheckoutValues(form);
  const cartId = await cartCookies.readCartId(request);

  // The page again, for the country the form names, with what the shopper typed.
  const answer = async (failure: CheckoutFailure | null, retryAfterSeconds?: number) => {
    const shipping = await shippingFor(caller, { cartId, locale }, values);
    const headers = checkoutHeaders(caller);
    if (retryAfterSeconds !== undefined) headers.set("Retry-After", String(retryAfterSeconds));
    return data<CheckoutActionData>(
      {
        intent,
        values,
        shipping,
        fieldErrors: failure?.fieldErrors ?? {},
        formError: failure?.formError ?? null,
      },
      { status: failure?.status ?? 200, headers },
    );
  };

  if (intent === "refresh") return answer(null);
  if (intent !== "pay") return answer(failureOfCode("BAD_REQUEST"));

  try {
    await limitCartAction(request, cartId);
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    return answer(failureOfCode("RATE_LIMITED"), error.retryAfterSeconds);
  }
  // The API checks the same schema; checking here first names every bad field in one answer
  // without opening a transaction.
  const checked = checkCheckoutForm(values, locale);
  if (!checked.ok) {
    return answer({ status: 400, fieldErrors: checked.fieldErrors, formError: checked.formError });
  }

  try {
    const started = await caller.api.checkout.start({ cartId, locale, ...checked.command });
    return redirect(started.paymentUrl, { status: 303, headers: checkoutHeaders(caller) });
  } catch (error) {
    const code = domainCodeOf(error);
    if (code) return answer(failureOfCode(code));
    const fieldErrors = fieldErrorsFromError(error);
    if (fieldErrors) return answer(failureOfFieldErrors(fieldErrors));
    throw error;
  }
}
