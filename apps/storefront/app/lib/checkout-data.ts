// What the checkout page's loader and action answer, and the pieces of the form the browser needs.
// Kept free of zod and of @comptoir/validators so that they stay out of the page's first download
// (the same lists as the validators' are checked by a test).
import type { ShippingOptionDto } from "@comptoir/api";

/** Countries the shop ships to, in the order the select lists them (SHIPPING_COUNTRIES). */
export const CHECKOUT_COUNTRIES = ["FR", "CA"] as const;
export type CheckoutCountry = (typeof CHECKOUT_COUNTRIES)[number];

/** The destination the page starts with: the shop's own country. */
export const DEFAULT_COUNTRY: CheckoutCountry = "FR";

/** Canada's provinces and territories (CA_PROVINCES): taxes depend on them. */
export const CHECKOUT_PROVINCES = [
  "AB",
  "BC",
  "MB",
  "NB",
  "NL",
  "NS",
  "NT",
  "NU",
  "ON",
  "PE",
  "QC",
  "SK",
  "YT",
] as const;

/** The form's fields, named as the form posts them. */
export const CHECKOUT_FIELDS = [
  "email",
  "name",
  "line1",
  "line2",
  "postalCode",
  "city",
  "country",
  "region",
  "phone",
  "shippingRateId",
] as const;
export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];

/** What the shopper typed, echoed back so that nothing is lost when the page comes back. */
export type CheckoutValues = Partial<Record<CheckoutField, string>>;

/** One translation key (errors:validation.* or a domain code) per field. */
export type CheckoutFieldErrors = Partial<Record<CheckoutField, string>>;

export const CHECKOUT_INTENTS = ["refresh", "pay"] as const;
export type CheckoutIntent = (typeof CHECKOUT_INTENTS)[number];

/** The shipping methods offered to one destination, or why there are none. */
export interface CheckoutShipping {
  country: CheckoutCountry;
  region: string | null;
  options: ShippingOptionDto[];
  /** SHIPPING_UNAVAILABLE when the shop does not ship there. */
  error: string | null;
}

export interface CheckoutActionData {
  intent: CheckoutIntent | null;
  values: CheckoutValues;
  shipping: CheckoutShipping;
  fieldErrors: CheckoutFieldErrors;
  /** A failure that is no single field's: a domain code (errors:codes.*). */
  formError: string | null;
}

export function isCheckoutCountry(value: unknown): value is CheckoutCountry {
  return (CHECKOUT_COUNTRIES as readonly unknown[]).includes(value);
}

/**
 * The destination to price shipping for, from the URL or the form: an unknown country falls back
 * to the shop's, a province is kept for Canada only.
 */
export function destinationOf(values: { country?: string | null; region?: string | null }): {
  country: CheckoutCountry;
  region: string | null;
} {
  const country = values.country?.trim().toUpperCase();
  const region = values.region?.trim().toUpperCase();
  if (!isCheckoutCountry(country)) return { country: DEFAULT_COUNTRY, region: null };
  const province = (CHECKOUT_PROVINCES as readonly string[]).includes(region ?? "") ? region! : null;
  return { country, region: country === "CA" ? province : null };
}

/**
 * The form field an error path of checkout.start's input belongs to: "address.postalCode" is the
 * postal code field; a path the form has no field for (cartId, locale) is null.
 */
export function fieldOfPath(path: readonly PropertyKey[] | string): CheckoutField | null {
  const parts = typeof path === "string" ? path.split(".") : path.map(String);
  const name = parts[0] === "address" ? parts[1] : parts.length === 1 ? parts[0] : undefined;
  return (CHECKOUT_FIELDS as readonly (string | undefined)[]).includes(name) ? (name as CheckoutField) : null;
}

/**
 * Refusals that only a change to the cart can fix (stock, the discount code, a product taken off
 * sale): the page offers the way back to it.
 */
export function isCartProblem(code: string | null): boolean {
  return (
    code !== null &&
    (code.startsWith("DISCOUNT_") ||
      [
        "INSUFFICIENT_STOCK",
        "OUT_OF_STOCK",
        "CART_CHANGED",
        "CART_EMPTY",
        "CURRENCY_MISMATCH",
        "QUANTITY_LIMIT",
      ].includes(code))
  );
}

/** Whether any field or the form as a whole has something to show. */
export function hasCheckoutErrors(errors: CheckoutFieldErrors, formError: string | null): boolean {
  return formError !== null || Object.keys(errors).length > 0;
}
