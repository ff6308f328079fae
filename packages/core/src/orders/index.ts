export { canTransition, nextStatuses, statusAfterRefund, PAID_STATUSES } from "./order-transitions";
export {
  transitionOrder,
  recordOrderEvent,
  lockOrder,
  type TransitionInput,
  type TransitionEffects,
} from "./transition-order";
export { reserveStock, releaseReservations, consumeReservations, type ReservationLine } from "./reservations";
export {
  settlePaid,
  settleAbandoned,
  settleRefunded,
  type SettleOutcome,
  type PaymentFacts,
} from "./settle-payment";
export { handlePaymentEvent, type PaymentEventResult } from "./handle-payment-event";
export {
  reconcilePendingOrders,
  type ReconcileOptions,
  type ReconcileReport,
} from "./reconcile-pending-orders";
export type { OrderJob, OrderJobSender } from "./order-jobs";
export { getOrderSummary, type OrderSummary, type OrderSummaryLine, type OrderRef } from "./order-summary";
export { refundOrder, type RefundRequest, type RefundDeps, type RefundOutcome } from "./refund-order";
export { amountOfLines, type RefundLine, type RefundableItem } from "./refund-amount";
export {
  listStaffOrders,
  type StaffOrderList,
  type StaffOrderListInput,
  type StaffOrderRow,
} from "./staff-order-list";
export {
  getStaffOrder,
  addStaffOrderNote,
  type StaffOrderDetail,
  type StaffOrderEvent,
} from "./staff-order-detail";
export {
  KNOWN_CARRIERS,
  KNOWN_CARRIER_IDS,
  knownCarrierOf,
  parseShipment,
  shipmentOf,
  type KnownCarrier,
  type Shipment,
  type ShipmentProblem,
} from "./carriers";
export {
  fulfilOrder,
  markOrderDelivered,
  latestShipment,
  FULFILLED_EVENT,
  DELIVERED_EVENT,
  type FulfilRequest,
  type FulfilmentDeps,
  type StatusChange,
} from "./fulfil-order";
export {
  cancelOrder,
  cancellationRefundId,
  CANCELLED_EVENT,
  type CancelRequest,
  type CancelDeps,
  type CancelOutcome,
} from "./cancel-order";
