import { getFormProps } from "@conform-to/react";
import { Form, Link, useNavigation } from "@remix-run/react";
import type { SavedAddress } from "@comptoir/api";
import { accountPath, type Locale } from "@comptoir/i18n";
import { useErrorText } from "@comptoir/ui";
import { addressCreateInput, addressUpdateInput } from "@comptoir/validators";
import { useState } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { INTENT_FIELD } from "~/lib/account-form";
import { ADDRESS_INTENTS } from "~/lib/account-intents";
import { destinationOf, type CheckoutField, type CheckoutValues } from "~/lib/checkout-data";
import { useAccountForm } from "~/lib/use-account-form";
import { AccountCheckbox } from "./account-field";
import { AccountFormError } from "./account-notice";
import { CheckoutAddress } from "./checkout-address";

const FIELDS = ["name", "line1", "line2", "postalCode", "city", "country", "region", "phone"] as const;

/** The address's fields as the form shows them ("" for what it lacks). */
function valuesOf(address: SavedAddress | null): Record<(typeof FIELDS)[number], string> {
  return Object.fromEntries(FIELDS.map((field) => [field, address?.[field] ?? ""])) as Record<
    (typeof FIELDS)[number],
    string
  >;
}

/**
 * Adding an address, or editing `address`: the checkout's address fields (same rules, same
 * messages), and whether it becomes a default. An address already the default for something stays
 * so until another one is chosen.
 */
export function AccountAddressForm({
  address,
  locale,
  cancellable,
}: {
  address: SavedAddress | null;
  locale: Locale;
  /** Whether the form can be closed (not when it is all an empty address book shows). */
  cancellable: boolean;
}) {
  const { t } = useTranslation("account");
  const errorText = useErrorText();
  const intent = address ? ADDRESS_INTENTS.update : ADDRESS_INTENTS.create;
  const busy = useNavigation().formData?.get(INTENT_FIELD) === intent;
  const [form, fields] = useAccountForm(intent, address ? addressUpdateInput : addressCreateInput, {
    ...valuesOf(address),
    ...(address ? { id: address.id } : {}),
  });
  // After a refusal, what was sent (the server's copy without JavaScript); the address otherwise.
  const values = Object.fromEntries(
    FIELDS.map((field) => [field, String(fields[field as keyof typeof fields]?.initialValue ?? "")]),
  ) as CheckoutValues;
  const start = destinationOf(values);
  const [country, setCountry] = useState(start.country);
  const [region, setRegion] = useState(start.region ?? "");
  const errorOf = (field: CheckoutField) => {
    const key = fields[field as keyof typeof fields]?.errors?.[0];
    return key ? errorText(key) : undefined;
  };
  return (
    <section className="account-card account-address-form" id="address-form">
      <Form method="post" {...getFormProps(form)} className="account-form" data-testid="address-form">
        <input type="hidden" name={INTENT_FIELD} value={intent} />
        {address ? <input type="hidden" name="id" value={address.id} /> : null}
        <AccountFormError errors={form.errors} id={form.errorId} />
        <CheckoutAddress
          legend={address ? t("addresses.editTitle") : t("addresses.addTitle")}
          values={values}
          errorOf={errorOf}
          country={country}
          region={region}
          onCountryChange={setCountry}
          onRegionChange={setRegion}
        />
        <div className="account-address-form__defaults">
          {address?.isDefaultShipping ? null : (
            <AccountCheckbox field={fields.defaultShipping} label={t("addresses.useForShipping")} />
          )}
          {address?.isDefaultBilling ? null : (
            <AccountCheckbox field={fields.defaultBilling} label={t("addresses.useForBilling")} />
          )}
        </div>
        <div className="account-form__actions">
          <button type="submit" className="btn" disabled={busy}>
            {busy ? t("form.saving") : t("addresses.save")}
          </button>
          {cancellable ? (
            <Link to={accountPath(locale, "addresses")} className="btn btn--ghost">
              {t("addresses.cancel")}
            </Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
