import { formatMoney, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";

/**
 * The Pay button, with the amount when it is known, and what paying means here: the card is typed
 * on the payment provider's page, never on ours.
 */
export function CheckoutPay({
  pending,
  disabled,
  total,
  currency,
  locale,
}: {
  /** Pay was pressed: the payment page is opening. */
  pending: boolean;
  disabled: boolean;
  total: number | null;
  currency: string;
  locale: Locale;
}) {
  const { t } = useTranslation("checkout");
  return (
    <div className="checkout__pay">
      <button
        type="submit"
        name="intent"
        value="pay"
        className="btn checkout__pay-button"
        disabled={disabled}
        aria-describedby="checkout-secure"
        data-testid="checkout-pay"
      >
        {pending
          ? t("paying")
          : total === null
            ? t("payWithoutAmount")
            : t("pay", { amount: formatMoney(total, currency, locale) })}
      </button>
      <p id="checkout-secure" className="checkout__secure">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path
            d="M7 10V7a5 5 0 0 1 10 0v3M5.5 10h13v10h-13z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t("secure")}</span>
      </p>
    </div>
  );
}
