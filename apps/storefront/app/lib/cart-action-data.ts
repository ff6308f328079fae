// What the cart action answers, and the pieces of it the cart's forms need in the browser. Kept free
// of zod and of @comptoir/validators, which would otherwise ship to the product page.

/**
 * Most units of one item in a cart: the same number as MAX_LINE_QUANTITY in @comptoir/validators
 * (a test checks it), which the server enforces.
 */
export const MAX_LINE_QUANTITY = 99;

/**
 * Set (to "1") by the cart's forms once the page is hydrated: the action then answers data for a
 * fetcher instead of redirecting a browser that posted the form itself.
 */
export const ENHANCED_FIELD = "enhanced";

export const CART_INTENTS = ["add", "update", "remove", "applyDiscount", "removeDiscount"] as const;
export type CartIntent = (typeof CART_INTENTS)[number];

/** What a form sent, echoed back on failure so the shopper's input is kept. */
export interface CartFormValues {
  quantity?: string;
  code?: string;
}

export type CartActionData =
  | { ok: true; intent: CartIntent; variantId: string | null; itemCount: number }
  | {
      ok: false;
      intent: CartIntent | null;
      variantId: string | null;
      /** A domain code (errors:codes.*) or a validation key (validation.*). */
      error: string;
      values: CartFormValues;
    };

/** The failure to show beside one form: the same intent (and line, for line forms). */
export function cartErrorFor(
  data: CartActionData | undefined,
  intent: CartIntent | readonly CartIntent[],
  variantId?: string,
): Extract<CartActionData, { ok: false }> | null {
  if (!data || data.ok || data.intent === null) return null;
  const intents: readonly CartIntent[] = typeof intent === "string" ? [intent] : intent;
  if (!intents.includes(data.intent)) return null;
  if (variantId !== undefined && data.variantId !== variantId) return null;
  return data;
}
