import { Link } from "@remix-run/react";
import type { OrderStatus } from "@comptoir/db";
import { formatMoney, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { useShopDates } from "~/lib/shop-dates";
import { OrderStatusBadge } from "./order-status-badge";

export interface OrderTableRow {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  totalAmount: number;
  currency: string;
  createdAt: string | Date;
  /** Shown as a column when the rows carry it. */
  itemCount?: number;
}

/** Orders as every admin page lists them: number (a link to the order), date, customer, status, total. */
export function OrderTable({
  orders,
  locale,
  testId,
  showCustomer = true,
}: {
  orders: OrderTableRow[];
  locale: Locale;
  testId: string;
  /** Off on a customer's own page, where every row is theirs. */
  showCustomer?: boolean;
}) {
  const { t } = useTranslation("admin");
  const dates = useShopDates();
  const withItems = orders.some((order) => order.itemCount !== undefined);
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t("orders.columns.number")}</th>
          <th scope="col">{t("orders.columns.date")}</th>
          {showCustomer ? <th scope="col">{t("orders.columns.customer")}</th> : null}
          <th scope="col">{t("orders.columns.status")}</th>
          {withItems ? (
            <th scope="col" className="numeric">
              {t("orders.columns.items")}
            </th>
          ) : null}
          <th scope="col" className="numeric">
            {t("orders.columns.total")}
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-testid="order-row">
            <td>
              <Link to={`/orders/${order.id}`}>#{order.number}</Link>
            </td>
            <td>{dates.dateTime(order.createdAt)}</td>
            {showCustomer ? <td>{order.email}</td> : null}
            <td>
              <OrderStatusBadge status={order.status} />
            </td>
            {withItems ? <td className="numeric">{order.itemCount}</td> : null}
            <td className="numeric">{formatMoney(order.totalAmount, order.currency, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
