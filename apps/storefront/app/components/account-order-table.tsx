import { Link } from "@remix-run/react";
import { accountOrderPath, type Locale } from "@comptoir/i18n";
import { Money } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import { useAccountDate } from "~/lib/use-account-date";
import { AccountOrderStatus, type OrderStatusName } from "./account-order-status";

export interface AccountOrderRow {
  number: number;
  status: OrderStatusName;
  createdAt: Date | string;
  totalAmount: number;
  currency: string;
  itemCount: number;
}

/**
 * Orders, newest first: number, date, status, items and total, each leading to its page. On a
 * narrow screen each row becomes a card (the cells carry their column's name for it).
 */
export function AccountOrderTable({ orders, locale }: { orders: AccountOrderRow[]; locale: Locale }) {
  const { t } = useTranslation("account");
  const date = useAccountDate(locale);
  return (
    <table className="table account-orders" data-testid="account-orders">
      <thead>
        <tr>
          <th scope="col">{t("orders.number")}</th>
          <th scope="col">{t("orders.date")}</th>
          <th scope="col">{t("orders.status")}</th>
          <th scope="col" className="numeric">
            {t("orders.items")}
          </th>
          <th scope="col" className="numeric">
            {t("orders.total")}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t("orders.view")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.number} data-testid="account-order-row">
            <th scope="row" data-label={t("orders.number")}>
              {t("orders.numberValue", { number: order.number })}
            </th>
            <td data-label={t("orders.date")}>{date(order.createdAt)}</td>
            <td data-label={t("orders.status")}>
              <AccountOrderStatus status={order.status} />
            </td>
            <td className="numeric" data-label={t("orders.items")}>
              {t("orders.itemCount", { count: order.itemCount })}
            </td>
            <td className="numeric" data-label={t("orders.total")}>
              <Money amount={order.totalAmount} currency={order.currency} />
            </td>
            <td className="account-orders__view">
              <Link
                to={accountOrderPath(locale, order.number)}
                aria-label={t("orders.viewOf", { number: order.number })}
                prefetch="intent"
              >
                {t("orders.view")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
