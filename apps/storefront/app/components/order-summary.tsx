import type { Locale } from "@comptoir/i18n";
import { Money } from "@comptoir/ui";
import type { ReactNode } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { formatRate } from "~/lib/checkout-format";
import type { SummaryTax, SummaryView } from "~/lib/checkout-summary";
import { OrderSummaryLines } from "./order-summary-lines";

/** "VAT 20 %" in the page's language; a code the resources do not name is shown as it is. */
function useTaxName(locale: Locale): (tax: SummaryTax) => string {
  const { t, i18n } = useTranslation("checkout");
  return (tax) => {
    const key = `checkout:taxes.${tax.code}`;
    const name = i18n.exists(key) ? t(`taxes.${tax.code}` as "taxes.VAT") : tax.code;
    return t("summary.taxRate", { name, rate: formatRate(tax.ratePpm, locale) });
  };
}

function Row({ label, children, className }: { label: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The order's lines and totals, as the checkout page (before payment) and the confirmation page
 * (after) show them. `footer` holds what comes under the total (the Pay button on checkout).
 */
export function OrderSummary({
  view,
  locale,
  busy = false,
  footer,
}: {
  view: SummaryView;
  locale: Locale;
  /** Shipping is being priced again: the amounts that depend on it are about to change. */
  busy?: boolean;
  footer?: ReactNode;
}) {
  const { t } = useTranslation("checkout");
  const taxName = useTaxName(locale);
  const { currency } = view;
  const money = (amount: number) => <Money amount={amount} currency={currency} />;
  const included = view.pricesIncludeTax;
  return (
    <section className="order-summary" aria-labelledby="order-summary-title" data-testid="order-summary">
      <h2 id="order-summary-title" className="order-summary__title">
        {t("summary.title")}
      </h2>
      <OrderSummaryLines lines={view.lines} currency={currency} />
      <dl className="order-summary__rows" aria-busy={busy || undefined} data-testid="order-totals">
        <Row label={t("summary.subtotal")}>{money(view.subtotal)}</Row>
        {view.discount > 0 ? (
          <Row
            className="order-summary__discount"
            label={
              view.discountCode
                ? t("summary.discountWithCode", { code: view.discountCode })
                : t("summary.discount")
            }
          >
            {money(-view.discount)}
          </Row>
        ) : null}
        <Row
          label={
            <>
              {t("summary.shipping")}
              {view.shipping ? <span className="order-summary__method">{view.shipping.name}</span> : null}
            </>
          }
        >
          {view.shipping === null ? (
            <span className="order-summary__later">{t("summary.shippingChoose")}</span>
          ) : view.shipping.free ? (
            <span className="order-summary__free">{t("summary.free")}</span>
          ) : (
            money(view.shipping.amount)
          )}
        </Row>
        {included
          ? null
          : view.taxes.map((tax) => (
              <Row key={tax.code} label={taxName(tax)}>
                {tax.amount === null ? null : money(tax.amount)}
              </Row>
            ))}
        {!included && view.taxesLater ? (
          <Row label={t("summary.taxesLater")}>
            <span className="order-summary__later">{t("summary.totalLater")}</span>
          </Row>
        ) : null}
        <Row className="order-summary__total" label={t("summary.total")}>
          {view.total === null ? (
            <span className="order-summary__later">{t("summary.totalLater")}</span>
          ) : (
            money(view.total)
          )}
        </Row>
      </dl>
      {included ? (
        <ul className="order-summary__taxes" data-testid="order-taxes">
          {view.taxes.map((tax) => (
            <li key={tax.code}>
              <span>{t("summary.taxIncluded", { taxes: taxName(tax) })}</span>
              {tax.amount === null ? null : money(tax.amount)}
            </li>
          ))}
          {view.taxesLater ? <li>{t("summary.taxesIncludedLater")}</li> : null}
        </ul>
      ) : null}
      {footer}
    </section>
  );
}
