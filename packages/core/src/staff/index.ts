export {
  assertRefundWithinLimit,
  DEFAULT_MANAGER_REFUND_LIMIT,
  loadManagerRefundLimit,
  MANAGER_REFUND_LIMIT_KEY,
} from "./refund-limit";
