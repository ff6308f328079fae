import { useTranslation } from "@comptoir/i18n/react";
import { isCheckoutCountry } from "~/lib/checkout-data";
import { useDeliveryText } from "./checkout-shipping";

/** The address as the order stored it, written the way its country writes addresses. */
export function AddressLines({ address }: { address: Record<string, string | null> }) {
  const { t } = useTranslation("checkout");
  const country = address.country ?? "";
  const cityLine =
    country === "CA"
      ? [address.city, address.region, address.postalCode].filter(Boolean).join(" ")
      : [address.postalCode, address.city].filter(Boolean).join(" ");
  const lines = [
    address.name,
    address.line1,
    address.line2,
    cityLine,
    isCheckoutCountry(country) ? t(`countries.${country}`) : country,
    address.phone,
  ].filter((line): line is string => Boolean(line));
  return (
    <address className="order-details__address">
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </address>
  );
}

/** Number, email, address and shipping method of a placed order. */
export function CheckoutOrderDetails({
  number,
  email,
  address,
  shippingMethod,
}: {
  number: number;
  email: string;
  address: Record<string, string | null>;
  shippingMethod: { name: string; minDays: number | null; maxDays: number | null };
}) {
  const { t } = useTranslation("checkout");
  const delay = useDeliveryText()(shippingMethod.minDays, shippingMethod.maxDays);
  return (
    <section className="order-details" aria-labelledby="order-details-title" data-testid="order-details">
      <h2 id="order-details-title" className="order-details__title">
        {t("order.details.title")}
      </h2>
      <dl className="order-details__list">
        <div>
          <dt>{t("order.details.number")}</dt>
          <dd>{t("order.details.numberValue", { number })}</dd>
        </div>
        <div>
          <dt>{t("order.details.email")}</dt>
          <dd>{email}</dd>
        </div>
        <div>
          <dt>{t("order.details.shippingAddress")}</dt>
          <dd>
            <AddressLines address={address} />
          </dd>
        </div>
        <div>
          <dt>{t("order.details.shippingMethod")}</dt>
          <dd>
            {shippingMethod.name}
            {delay ? <span className="order-details__delay">{delay}</span> : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}
