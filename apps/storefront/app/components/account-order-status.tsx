import { useTranslation } from "@comptoir/i18n/react";

export type OrderStatusName =
  "PENDING" | "PAID" | "FULFILLED" | "DELIVERED" | "CANCELLED" | "REFUNDED" | "PARTIALLY_REFUNDED";

const TONE: Record<OrderStatusName, "success" | "warning" | "muted" | "accent"> = {
  PENDING: "warning",
  PAID: "success",
  FULFILLED: "success",
  DELIVERED: "success",
  CANCELLED: "muted",
  REFUNDED: "muted",
  PARTIALLY_REFUNDED: "accent",
};

/** An order's status in words, as a badge whose colour says whether all is well. */
export function AccountOrderStatus({ status }: { status: OrderStatusName }) {
  const { t } = useTranslation("account");
  return (
    <span className={`badge badge--${TONE[status]}`} data-testid="order-status" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
