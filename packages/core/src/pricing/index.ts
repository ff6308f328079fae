// Pure pricing rules: no database, integers only. docs/pricing.md writes them down.
export { allocate, divideHalfUp } from "./arithmetic";
export { discountAmount } from "./discount-amount";
export {
  discountProblem,
  type DiscountRules,
  type DiscountContext,
  type DiscountProblem,
} from "./discount-rules";
export { shippingCost } from "./shipping-cost";
export { computeTaxes } from "./taxes";
export { priceOrder } from "./price-order";
export type * from "./types";
