import { useTranslation } from "@comptoir/i18n/react";
import {
  CHECKOUT_COUNTRIES,
  CHECKOUT_PROVINCES,
  type CheckoutCountry,
  type CheckoutField,
  type CheckoutValues,
} from "~/lib/checkout-data";
import { CheckoutInput, CheckoutSelect } from "./checkout-field";

/**
 * The shipping address. Uncontrolled fields (what the shopper types stays in the page whatever the
 * server answers), except the country and province, which decide what else the form shows.
 */
export function CheckoutAddress({
  values,
  errorOf,
  country,
  region,
  onCountryChange,
  onRegionChange,
  legend,
}: {
  values: CheckoutValues;
  /** The translated error of a field, if any. */
  errorOf: (field: CheckoutField) => string | undefined;
  country: CheckoutCountry;
  region: string;
  onCountryChange: (country: CheckoutCountry) => void;
  onRegionChange: (region: string) => void;
  /** The fieldset's title; "Shipping address" by default (the address book names it otherwise). */
  legend?: string;
}) {
  const { t } = useTranslation("checkout");
  const text = (field: CheckoutField) => ({
    name: field,
    error: errorOf(field),
    defaultValue: values[field],
  });
  return (
    <fieldset className="checkout-section checkout-address">
      <legend className="checkout-section__title">{legend ?? t("address.title")}</legend>
      <CheckoutInput
        {...text("name")}
        label={t("address.name")}
        autoComplete="shipping name"
        required
        maxLength={200}
      />
      <CheckoutInput
        {...text("line1")}
        label={t("address.line1")}
        autoComplete="shipping address-line1"
        required
        maxLength={200}
      />
      <CheckoutInput
        {...text("line2")}
        label={t("address.line2")}
        autoComplete="shipping address-line2"
        maxLength={200}
      />
      <div className="checkout-address__row">
        <CheckoutInput
          {...text("postalCode")}
          label={t("address.postalCode")}
          autoComplete="shipping postal-code"
          required
          maxLength={16}
          fieldClassName="checkout-address__postal"
        />
        <CheckoutInput
          {...text("city")}
          label={t("address.city")}
          autoComplete="shipping address-level2"
          required
          maxLength={100}
        />
      </div>
      <div className="checkout-address__row">
        <CheckoutSelect
          name="country"
          label={t("address.country")}
          error={errorOf("country")}
          autoComplete="shipping country"
          value={country}
          onChange={(event) => onCountryChange(event.target.value as CheckoutCountry)}
        >
          {CHECKOUT_COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {t(`countries.${code}`)}
            </option>
          ))}
        </CheckoutSelect>
        {country === "CA" ? (
          <CheckoutSelect
            name="region"
            label={t("address.region")}
            error={errorOf("region")}
            autoComplete="shipping address-level1"
            required
            value={region}
            onChange={(event) => onRegionChange(event.target.value)}
          >
            <option value="">{t("address.regionPlaceholder")}</option>
            {CHECKOUT_PROVINCES.map((code) => (
              <option key={code} value={code}>
                {t(`provinces.${code}`)}
              </option>
            ))}
          </CheckoutSelect>
        ) : null}
      </div>
      <CheckoutInput
        {...text("phone")}
        label={t("address.phone")}
        hint={t("address.phoneHint")}
        type="tel"
        autoComplete="shipping tel"
        maxLength={24}
      />
    </fieldset>
  );
}
