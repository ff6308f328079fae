import { formatMoney, type Locale } from "@comptoir/i18n";
import { Money } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import type { SummaryLine } from "~/lib/checkout-summary";

/** The items of an order summary: picture (when the cart has one), name, options, quantity, amount. */
export function OrderSummaryLines({ lines, currency }: { lines: SummaryLine[]; currency: string }) {
  const { t, i18n } = useTranslation("checkout");
  const locale = i18n.language as Locale;
  return (
    <ul className="order-summary__lines" aria-label={t("summary.lines")}>
      {lines.map((line) => (
        <li key={line.key} className="order-summary__line" data-testid="order-summary-line">
          {line.imageUrl ? (
            <span className="order-summary__media">
              <img src={line.imageUrl} alt="" width={56} height={56} loading="lazy" decoding="async" />
            </span>
          ) : null}
          <span className="order-summary__item">
            <span className="order-summary__name">{line.name}</span>
            {line.detail ? <span className="order-summary__detail">{line.detail}</span> : null}
            <span className="order-summary__detail">
              {t("summary.quantity", { count: line.quantity })}
              {line.quantity > 1
                ? ` · ${t("summary.unitPrice", { price: formatMoney(line.unitAmount, currency, locale) })}`
                : null}
            </span>
          </span>
          <span className="order-summary__amount">
            <Money amount={line.total} currency={currency} />
          </span>
        </li>
      ))}
    </ul>
  );
}
