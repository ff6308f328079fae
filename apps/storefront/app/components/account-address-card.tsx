import { Form, Link } from "@remix-run/react";
import type { SavedAddress } from "@comptoir/api";
import { accountPath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { INTENT_FIELD } from "~/lib/account-form";
import { ADDRESS_INTENTS } from "~/lib/account-intents";
import { AddressLines } from "./checkout-order-details";

/** A one-button form acting on one address (make it a default, delete it). */
function AddressButton({
  address,
  intent,
  label,
  accessibleLabel,
  className = "btn btn--ghost btn--small",
}: {
  address: SavedAddress;
  intent: string;
  label: string;
  accessibleLabel: string;
  className?: string;
}) {
  return (
    <Form method="post" className="account-address__form">
      <input type="hidden" name="id" value={address.id} />
      <button
        type="submit"
        name={INTENT_FIELD}
        value={intent}
        className={className}
        aria-label={accessibleLabel}
      >
        {label}
      </button>
    </Form>
  );
}

/**
 * A saved address with its default badges and what can be done with it. Deleting asks first: the
 * link opens the question (`?delete=<id>`) and only its button deletes, with or without JavaScript.
 */
export function AccountAddressCard({
  address,
  locale,
  confirmingDelete,
}: {
  address: SavedAddress;
  locale: Locale;
  confirmingDelete: boolean;
}) {
  const { t } = useTranslation("account");
  const base = accountPath(locale, "addresses");
  const query = (key: string) => `${base}?${key}=${encodeURIComponent(address.id)}`;
  const titleId = `address-${address.id}`;
  return (
    <article className="account-address" aria-labelledby={titleId} data-testid="account-address">
      <h2 id={titleId} className="account-address__name">
        {address.name}
      </h2>
      {address.isDefaultShipping || address.isDefaultBilling ? (
        <p className="account-address__badges">
          {address.isDefaultShipping ? (
            <span className="badge badge--success" data-testid="default-shipping">
              {t("addresses.defaultShipping")}
            </span>
          ) : null}
          {address.isDefaultBilling ? (
            <span className="badge badge--accent" data-testid="default-billing">
              {t("addresses.defaultBilling")}
            </span>
          ) : null}
        </p>
      ) : null}
      <AddressLines
        address={{
          line1: address.line1,
          line2: address.line2,
          postalCode: address.postalCode,
          city: address.city,
          region: address.region,
          country: address.country,
          phone: address.phone,
        }}
      />

      {confirmingDelete ? (
        <div className="account-address__confirm" role="alert" data-testid="address-delete-confirm">
          <p className="account-address__confirm-title">{t("addresses.deleteTitle")}</p>
          <p>{t("addresses.deleteText", { name: address.name })}</p>
          <div className="account-address__defaults">
            <AddressButton
              address={address}
              intent={ADDRESS_INTENTS.delete}
              label={t("addresses.deleteConfirm")}
              accessibleLabel={t("addresses.deleteOf", { name: address.name })}
              className="btn btn--small account-danger-button"
            />
            <Link to={base} className="btn btn--ghost btn--small" preventScrollReset>
              {t("addresses.cancel")}
            </Link>
          </div>
        </div>
      ) : (
        <div className="account-address__actions">
          {address.isDefaultShipping && address.isDefaultBilling ? null : (
            <div className="account-address__defaults">
              {address.isDefaultShipping ? null : (
                <AddressButton
                  address={address}
                  intent={ADDRESS_INTENTS.defaultShipping}
                  label={t("addresses.setDefaultShipping")}
                  accessibleLabel={t("addresses.setDefaultShippingOf", { name: address.name })}
                />
              )}
              {address.isDefaultBilling ? null : (
                <AddressButton
                  address={address}
                  intent={ADDRESS_INTENTS.defaultBilling}
                  label={t("addresses.setDefaultBilling")}
                  accessibleLabel={t("addresses.setDefaultBillingOf", { name: address.name })}
                />
              )}
            </div>
          )}
          <div className="account-address__links">
            <Link
              to={`${query("edit")}#address-form`}
              className="account-address__link"
              aria-label={t("addresses.editOf", { name: address.name })}
            >
              {t("addresses.edit")}
            </Link>
            <Link
              to={query("delete")}
              className="account-address__link account-address__link--danger"
              aria-label={t("addresses.deleteOf", { name: address.name })}
              preventScrollReset
            >
              {t("addresses.delete")}
            </Link>
          </div>
        </div>
      )}
    </article>
  );
}
