// Cart procedure inputs. Strict objects: a request carrying anything else (a price, a currency, a
// total) is refused, so nothing the browser says about money can ever reach the server's pricing.
import { z } from "zod";
import { localeSchema } from "./locale";
import { msg } from "./messages";

/** Units of one variant a cart line may hold. */
export const MAX_LINE_QUANTITY = 99;

/** Translation keys (namespace "errors") of the cart's own validation messages. */
export const cartMsg = {
  quantity: "validation.quantity",
  discountCode: "validation.discount_code",
  country: "validation.country",
} as const;

/** Row ids (cuid) as they travel in cookies, forms and URLs. */
const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The guest cart from the signed cookie; absent or null when there is none. */
export const cartIdSchema = idSchema.nullish();

const quantity = (min: 0 | 1) =>
  z
    .number({ error: cartMsg.quantity })
    .int({ error: cartMsg.quantity })
    .min(min, { error: cartMsg.quantity })
    .max(MAX_LINE_QUANTITY, { error: cartMsg.quantity });

/** Codes are compared upper-case: "bienvenue10" and "BIENVENUE10" are the same code. */
export const discountCodeSchema = z
  .string({ error: msg.required })
  .trim()
  .min(1, { error: msg.required, abort: true })
  .max(64, { error: cartMsg.discountCode })
  .toUpperCase()
  .regex(/^[A-Z0-9_-]+$/, { error: cartMsg.discountCode });

/** ISO 3166-1 alpha-2, upper-cased. Whether the shop ships there is the domain's answer. */
export const countryCodeSchema = z
  .string({ error: cartMsg.country })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: cartMsg.country });

const cartRef = { cartId: cartIdSchema, locale: localeSchema };

export const cartGetInput = z.strictObject(cartRef);
export const cartAddItemInput = z.strictObject({ ...cartRef, variantId: idSchema, quantity: quantity(1) });
/** Sets a line's quantity; 0 removes the line. */
export const cartUpdateItemInput = z.strictObject({ ...cartRef, variantId: idSchema, quantity: quantity(0) });
export const cartRemoveItemInput = z.strictObject({ ...cartRef, variantId: idSchema });
export const cartApplyDiscountInput = z.strictObject({ ...cartRef, code: discountCodeSchema });
export const cartRemoveDiscountInput = z.strictObject(cartRef);
export const cartShippingOptionsInput = z.strictObject({
  ...cartRef,
  country: countryCodeSchema,
  region: z
    .string()
    .trim()
    .toUpperCase()
    .max(8)
    .regex(/^[A-Z0-9-]*$/)
    .optional(),
});
/** Moves a guest cart's lines into the logged-in customer's cart. */
export const cartMergeInput = z.strictObject({ cartId: idSchema, locale: localeSchema });

export type CartGetInput = z.infer<typeof cartGetInput>;
export type CartAddItemInput = z.infer<typeof cartAddItemInput>;
export type CartUpdateItemInput = z.infer<typeof cartUpdateItemInput>;
export type CartRemoveItemInput = z.infer<typeof cartRemoveItemInput>;
export type CartApplyDiscountInput = z.infer<typeof cartApplyDiscountInput>;
export type CartRemoveDiscountInput = z.infer<typeof cartRemoveDiscountInput>;
export type CartShippingOptionsInput = z.infer<typeof cartShippingOptionsInput>;
export type CartMergeInput = z.infer<typeof cartMergeInput>;
