export {
  startCheckout,
  RESERVATION_MINUTES,
  type StartCheckoutInput,
  type StartCheckoutDeps,
  type StartedCheckout,
} from "./start-checkout";
export { abandonPendingOrdersOfCart, cancelCheckout, expireSessionQuietly } from "./abandon-pending-orders";
export type { ShippingAddress } from "./create-pending-order";
