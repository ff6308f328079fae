// Checkout procedure inputs. Strict: the order's prices and totals are computed on the server from
// the cart; a form that sends any (or a currency, or another cart's lines) is refused.
import { z } from "zod";
import { shippingAddressSchema } from "./address";
import { cartIdSchema } from "./cart";
import { emailSchema } from "./email";
import { localeSchema } from "./locale";
import { msg } from "./messages";

const rowId = z
  .string({ error: msg.required })
  .trim()
  .min(1, { error: msg.required })
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: msg.required });

export const checkoutStartInput = z.strictObject({
  cartId: cartIdSchema,
  locale: localeSchema,
  email: emailSchema,
  address: shippingAddressSchema,
  shippingRateId: rowId,
});
export type CheckoutStartInput = z.input<typeof checkoutStartInput>;

/** The confirmation page: Stripe appends the session id to the success URL. */
export const checkoutConfirmationInput = z.strictObject({
  sessionId: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9_]+$/),
});

/** The shopper gave up on the payment page: end that order, if it is theirs and unpaid. */
export const checkoutCancelInput = z.strictObject({
  cartId: cartIdSchema,
  orderId: rowId,
});
