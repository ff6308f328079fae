import { Money, useErrorText } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import type { CheckoutShipping as Shipping } from "~/lib/checkout-data";
import { deliveryDays } from "~/lib/checkout-format";
import { fieldIds } from "./checkout-field";

/** "2 to 4 business days", or null when the method states no delay. */
export function useDeliveryText(): (minDays: number | null, maxDays: number | null) => string | null {
  const { t } = useTranslation("checkout");
  return (minDays, maxDays) => {
    const days = deliveryDays(minDays, maxDays);
    if (!days) return null;
    return "count" in days ? t("shipping.days", days) : t("shipping.daysRange", days);
  };
}

/**
 * The shipping methods offered for the chosen country, as radio buttons. Without JavaScript the
 * "update" button posts the form to price them for another country (the input is kept); with
 * JavaScript the page does that by itself when the country changes, so the button is not shown.
 */
export function CheckoutShipping({
  shipping,
  selectedId,
  onSelect,
  error,
  busy,
  enhanced,
}: {
  shipping: Shipping;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The sentence to show, already translated. */
  error?: string;
  busy: boolean;
  /** The page is hydrated: the country select refreshes the options itself. */
  enhanced: boolean;
}) {
  const { t } = useTranslation("checkout");
  const deliveryText = useDeliveryText();
  const errorText = useErrorText();
  const ids = fieldIds("shippingRateId");
  const unavailable = shipping.error ?? (shipping.options.length === 0 ? "SHIPPING_UNAVAILABLE" : null);
  return (
    <fieldset
      className="checkout-section checkout-shipping"
      aria-busy={busy || undefined}
      aria-describedby={error ? ids.error : undefined}
      data-testid="checkout-shipping"
    >
      <legend className="checkout-section__title">{t("shipping.title")}</legend>
      {unavailable ? (
        <p className="checkout-shipping__none" data-testid="checkout-shipping-unavailable">
          {errorText(unavailable)}
        </p>
      ) : (
        <ul className="checkout-shipping__options">
          {shipping.options.map((option, index) => {
            const delay = deliveryText(option.minDays, option.maxDays);
            const id = index === 0 ? ids.control : `checkout-shipping-${option.id}`;
            return (
              <li key={option.id}>
                <label className="checkout-shipping__option" htmlFor={id}>
                  <input
                    id={id}
                    type="radio"
                    name="shippingRateId"
                    value={option.id}
                    checked={option.id === selectedId}
                    onChange={() => onSelect(option.id)}
                    aria-invalid={error ? true : undefined}
                  />
                  <span className="checkout-shipping__text">
                    <span className="checkout-shipping__name">{option.name}</span>
                    {delay ? <span className="checkout-shipping__delay">{delay}</span> : null}
                  </span>
                  <span className="checkout-shipping__price">
                    {option.free ? (
                      <span className="checkout-shipping__free">{t("shipping.free")}</span>
                    ) : (
                      <Money amount={option.amount} currency={option.currency} />
                    )}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error ? (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      ) : null}
      {busy ? (
        <p className="checkout-shipping__status" role="status">
          {t("shipping.updating")}
        </p>
      ) : null}
      {enhanced ? null : (
        <div className="checkout-shipping__refresh">
          <p className="checkout-field__hint">{t("shipping.refreshHint")}</p>
          <button
            type="submit"
            name="intent"
            value="refresh"
            formNoValidate
            className="btn btn--ghost btn--small"
          >
            {t("shipping.refresh")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
