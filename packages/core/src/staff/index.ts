export {
  assertRefundWithinLimit,
  DEFAULT_MANAGER_REFUND_LIMIT,
  loadManagerRefundLimit,
  MANAGER_REFUND_LIMIT_KEY,
  MAX_MANAGER_REFUND_LIMIT,
  saveManagerRefundLimit,
} from "./refund-limit";
