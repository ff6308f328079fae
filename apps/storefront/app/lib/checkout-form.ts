// The checkout form read and checked with the API's own schema (checkoutStartInput), on the server
// before calling the API and in the browser before posting: the same rules, the same messages.
// The browser loads this module on its own, after the page, so zod is not in the page's first download.
import { checkoutStartInput, type CheckoutStartInput, type Locale } from "@comptoir/validators";
import { CHECKOUT_FIELDS, fieldOfPath, type CheckoutFieldErrors, type CheckoutValues } from "./checkout-data";

/** Longer than any field accepts (addresses: 200), short enough that an echo stays small. */
const MAX_ECHO = 256;

/** The form's text fields, each cut to a bounded length; files and absent fields are left out. */
export function readCheckoutValues(form: FormData): CheckoutValues {
  const values: CheckoutValues = {};
  for (const field of CHECKOUT_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string") values[field] = value.slice(0, MAX_ECHO);
  }
  return values;
}

/** What checkout.start is called with, less the cart (the cookie's) and the locale (the URL's). */
export type CheckoutCommand = Pick<CheckoutStartInput, "email" | "address" | "shippingRateId">;

const ADDRESS_FIELDS = [
  "name",
  "line1",
  "line2",
  "postalCode",
  "city",
  "country",
  "region",
  "phone",
] as const;

/** The form fields in the shape of checkout.start's input. */
export function checkoutCommandOf(values: CheckoutValues): CheckoutCommand {
  const address = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, values[field] ?? ""]));
  return {
    email: values.email ?? "",
    address: address as CheckoutCommand["address"],
    shippingRateId: values.shippingRateId ?? "",
  };
}

export type CheckedCheckout =
  | { ok: true; command: CheckoutCommand }
  | { ok: false; fieldErrors: CheckoutFieldErrors; formError: string | null };

/**
 * Checks the form as checkout.start will: each field's first problem as a translation key, or a
 * form-wide code when the problem is in no field the shopper can fix.
 */
export function checkCheckoutForm(values: CheckoutValues, locale: Locale): CheckedCheckout {
  const command = checkoutCommandOf(values);
  const parsed = checkoutStartInput.safeParse({ cartId: null, locale, ...command });
  if (parsed.success) return { ok: true, command };
  const fieldErrors: CheckoutFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path);
    if (!field) continue;
    // No choice made among the radio buttons says more than "required".
    fieldErrors[field] ??= field === "shippingRateId" ? "SHIPPING_METHOD_INVALID" : issue.message;
  }
  const formError = Object.keys(fieldErrors).length === 0 ? "BAD_REQUEST" : null;
  return { ok: false, fieldErrors, formError };
}
