import { Link } from "@remix-run/react";
import { cartPath, type Locale } from "@comptoir/i18n";
import { useErrorText } from "@comptoir/ui";
import { forwardRef } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import {
  CHECKOUT_FIELDS,
  isCartProblem,
  type CheckoutField,
  type CheckoutFieldErrors,
} from "~/lib/checkout-data";
import { fieldIds } from "./checkout-field";

export const CHECKOUT_ERRORS_ID = "checkout-errors";

/** The label each field has on the page, for the summary's links. */
export function useFieldLabel(): (field: CheckoutField) => string {
  const { t } = useTranslation("checkout");
  return (field) => {
    switch (field) {
      case "email":
        return t("contact.email");
      case "shippingRateId":
        return t("shipping.title");
      default:
        return t(`address.${field}`);
    }
  };
}

/**
 * Every problem of a refused submission at the top of the form, each linked to its field, and the
 * form-wide one (stock, discount, payment provider) with the way to fix it. Focused after a
 * refusal, so that screen readers read it and keyboard users start from it.
 */
export const CheckoutErrorSummary = forwardRef<
  HTMLDivElement,
  { fieldErrors: CheckoutFieldErrors; formError: string | null; locale: Locale }
>(function CheckoutErrorSummary({ fieldErrors, formError, locale }, ref) {
  const { t } = useTranslation("checkout");
  const errorText = useErrorText();
  const labelOf = useFieldLabel();
  const fields = CHECKOUT_FIELDS.filter((field) => fieldErrors[field]);
  if (!formError && fields.length === 0) return null;
  return (
    <div
      ref={ref}
      id={CHECKOUT_ERRORS_ID}
      className="checkout-errors"
      role="alert"
      tabIndex={-1}
      aria-labelledby="checkout-errors-title"
      data-testid="checkout-errors"
    >
      <h2 id="checkout-errors-title" className="checkout-errors__title">
        {t("errors.title")}
      </h2>
      <ul className="checkout-errors__list">
        {formError ? (
          <li>
            {errorText(formError)}
            {isCartProblem(formError) ? (
              <>
                {" "}
                <Link to={cartPath(locale)}>{t("errors.fixInCart")}</Link>
              </>
            ) : null}
          </li>
        ) : null}
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${fieldIds(field).control}`}>
              {t("errors.item", { field: labelOf(field), message: errorText(fieldErrors[field]!) })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
