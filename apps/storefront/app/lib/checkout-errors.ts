// How a refused checkout is shown: beside the field it is about when there is one, above the form
// otherwise, with the HTTP status that says what kind of refusal it was. Pure: the action extracts
// the code or the field errors from the API's error and hands them here.
import { fieldOfPath, type CheckoutField, type CheckoutFieldErrors } from "./checkout-data";

export interface CheckoutFailure {
  status: number;
  fieldErrors: CheckoutFieldErrors;
  formError: string | null;
}

/** Domain codes that are about one field of the form. */
const FIELD_OF_CODE: Readonly<Record<string, CheckoutField>> = {
  SHIPPING_METHOD_INVALID: "shippingRateId",
  SHIPPING_UNAVAILABLE: "country",
};

const CONFLICTS = new Set([
  "INSUFFICIENT_STOCK",
  "OUT_OF_STOCK",
  "CART_CHANGED",
  "DISCOUNT_USAGE_LIMIT",
  "DISCOUNT_CUSTOMER_LIMIT",
]);

export function checkoutStatusOf(code: string): number {
  if (code === "RATE_LIMITED") return 429;
  // The payment provider did not answer: nothing the shopper did wrong, worth retrying.
  if (code === "PAYMENT_UNAVAILABLE") return 503;
  if (CONFLICTS.has(code)) return 409;
  return 400;
}

/** A refusal carrying a domain code (errors:codes.*). */
export function failureOfCode(code: string): CheckoutFailure {
  const field = FIELD_OF_CODE[code];
  return {
    status: checkoutStatusOf(code),
    fieldErrors: field ? { [field]: code } : {},
    formError: field ? null : code,
  };
}

/**
 * A refusal of the API's input schema: its messages (translation keys) by field path. Paths the
 * form has no field for become one form-wide BAD_REQUEST.
 */
export function failureOfFieldErrors(
  apiErrors: Readonly<Record<string, readonly string[]>>,
): CheckoutFailure {
  const fieldErrors: CheckoutFieldErrors = {};
  let unplaced = false;
  for (const [path, messages] of Object.entries(apiErrors)) {
    const field = fieldOfPath(path);
    const message = messages[0];
    if (field && message) fieldErrors[field] ??= message;
    else unplaced = true;
  }
  return {
    status: 400,
    fieldErrors,
    formError: unplaced && Object.keys(fieldErrors).length === 0 ? "BAD_REQUEST" : null,
  };
}
