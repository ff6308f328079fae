// The cart: lines, discount code, shipping options, and the pricing checkout snapshots.
export { getCart, type CartRef } from "./get-cart";
export { addItem, updateItem, removeItem, type LineInput } from "./change-line";
export { applyDiscount, removeDiscount } from "./discounts";
export { mergeGuestCart, type MergeGuestCartInput } from "./merge-guest-cart";
export { shippingOptions } from "./shipping-options";
export { priceCart, type PriceCartInput } from "./price-cart";
export {
  loadStoreSettings,
  STORE_SETTING_KEYS,
  DEFAULT_STORE_SETTINGS,
  type StoreSettings,
} from "./store-settings";
export { loadTaxRates } from "./tax-rates";
export type { Customer } from "./discount-lookup";
export type { DbClient } from "./queries";
export type * from "./types";
