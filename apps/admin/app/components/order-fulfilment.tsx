// The order page's staff actions on the order's life: ship it (carrier and tracking number), mark it
// delivered, cancel it (after ticking a confirmation, so it works without JavaScript). Shown only to
// roles that may change orders; the procedures check again.
import { Form } from "@remix-run/react";
import { useTranslation } from "@comptoir/i18n/react";

// The carriers with a tracking link in the shipping email (the server's list, packages/core
// orders/carriers.ts); any other carrier is typed by hand.
const CARRIERS = [
  ["colissimo", "Colissimo"],
  ["chronopost", "Chronopost"],
  ["ups", "UPS"],
  ["dhl", "DHL"],
  ["laposte", "La Poste"],
] as const;

export type FulfilmentIntent = "fulfil" | "deliver" | "cancel";

export interface FulfilmentResult {
  intent: FulfilmentIntent;
  /** A translation key of the admin namespace, or an error code/validation key for useErrorText. */
  error: string | null;
  /** The field the error is about, for the messages written for this form. */
  field?: "carrier" | "trackingNumber" | "confirm";
  done?: boolean;
}

interface Props {
  status: string;
  shipment: { carrierName: string; trackingNumber: string } | null;
  /** What the customer gets back if the order is cancelled, formatted. */
  refundOnCancel: string | null;
  result: FulfilmentResult | null;
  busy: boolean;
  errorText: (key: string) => string;
}

export function OrderFulfilment({ status, shipment, refundOnCancel, result, busy, errorText }: Props) {
  const { t } = useTranslation("admin");
  const canShip = (status === "PAID" || status === "PARTIALLY_REFUNDED") && !shipment;
  const canDeliver = status === "FULFILLED" || (status === "PARTIALLY_REFUNDED" && shipment !== null);
  const canCancel = status === "PENDING" || status === "PAID";
  if (!canShip && !canDeliver && !canCancel && !shipment) return null;

  const message = (intent: FulfilmentIntent, done: string) => {
    if (result?.intent !== intent) return null;
    if (result.done) {
      return (
        <p className="alert alert--info" role="status">
          {done}
        </p>
      );
    }
    if (!result.error) return null;
    const text =
      result.field === "confirm"
        ? t("orders.cancel.confirmRequired")
        : result.field === "carrier"
          ? t("orders.fulfil.invalid.carrier")
          : result.field === "trackingNumber"
            ? t("orders.fulfil.invalid.trackingNumber")
            : errorText(result.error);
    return (
      <p className="alert alert--error" role="alert">
        {text}
      </p>
    );
  };

  return (
    <>
      <section className="panel" aria-labelledby="fulfil-heading" data-testid="fulfilment">
        <h2 id="fulfil-heading">{t("orders.fulfil.title")}</h2>
        {message("fulfil", t("orders.fulfil.done"))}
        {message("deliver", t("orders.fulfil.delivered"))}
        {shipment ? (
          <p data-testid="shipment">
            {t("orders.fulfil.shippedWith", {
              carrier: shipment.carrierName,
              number: shipment.trackingNumber,
            })}
          </p>
        ) : null}
        {canShip ? (
          <Form method="post" data-testid="fulfil-form">
            <input type="hidden" name="intent" value="fulfil" />
            <div className="field">
              <label htmlFor="fulfil-carrier">{t("orders.fulfil.carrier")}</label>
              <select id="fulfil-carrier" name="carrier" className="input" defaultValue="colissimo">
                {CARRIERS.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
                <option value="other">{t("orders.fulfil.otherCarrier")}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="fulfil-carrier-other">{t("orders.fulfil.otherCarrierName")}</label>
              <input id="fulfil-carrier-other" name="carrierOther" maxLength={60} className="input" />
            </div>
            <div className="field">
              <label htmlFor="fulfil-tracking">{t("orders.fulfil.trackingNumber")}</label>
              <input
                id="fulfil-tracking"
                name="trackingNumber"
                required
                maxLength={60}
                autoComplete="off"
                className="input"
                aria-describedby="fulfil-tracking-help"
              />
              <p className="field__help" id="fulfil-tracking-help">
                {t("orders.fulfil.trackingHelp")}
              </p>
            </div>
            <button type="submit" className="btn" disabled={busy}>
              {t("orders.fulfil.submit")}
            </button>
          </Form>
        ) : null}
        {canDeliver ? (
          <Form method="post">
            <input type="hidden" name="intent" value="deliver" />
            <button type="submit" className="btn" disabled={busy}>
              {t("orders.fulfil.deliver")}
            </button>
          </Form>
        ) : null}
      </section>
      {canCancel || result?.intent === "cancel" ? (
        <section className="panel" aria-labelledby="cancel-heading" data-testid="cancel">
          <h2 id="cancel-heading">{t("orders.cancel.title")}</h2>
          {message("cancel", t("orders.cancel.done"))}
          {canCancel ? (
            <Form method="post" data-testid="cancel-form">
              <input type="hidden" name="intent" value="cancel" />
              <p className="muted">
                {refundOnCancel
                  ? t("orders.cancel.helpPaid", { amount: refundOnCancel })
                  : t("orders.cancel.helpPending")}
              </p>
              <div className="field">
                <label htmlFor="cancel-reason">{t("orders.cancel.reason")}</label>
                <input id="cancel-reason" name="reason" maxLength={500} className="input" />
              </div>
              <p>
                <label>
                  <input type="checkbox" name="confirm" value="yes" required /> {t("orders.cancel.confirm")}
                </label>
              </p>
              <button type="submit" className="btn" disabled={busy}>
                {t("orders.cancel.submit")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
