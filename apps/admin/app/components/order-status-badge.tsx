import type { OrderStatus } from "@comptoir/db";
import { useTranslation } from "@comptoir/i18n/react";

const BADGES: Record<OrderStatus, string> = {
  PENDING: "badge--warning",
  PAID: "badge--accent",
  FULFILLED: "badge--success",
  DELIVERED: "badge--success",
  CANCELLED: "badge--muted",
  REFUNDED: "badge--muted",
  PARTIALLY_REFUNDED: "badge--warning",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation("admin");
  return <span className={`badge ${BADGES[status]}`}>{t(`orders.status.${status}`)}</span>;
}
