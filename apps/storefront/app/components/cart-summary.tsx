import { Link } from "@remix-run/react";
import type { CartDto } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { Money } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import type { CartActionData } from "~/lib/cart-action-data";
import { checkoutPath } from "~/lib/cart-paths";
import { CartDiscount } from "./cart-discount";

/** Totals as the server computed them, the discount code, and the way to checkout. */
export function CartSummary({
  cart,
  locale,
  actionData,
}: {
  cart: CartDto;
  locale: Locale;
  actionData: CartActionData | undefined;
}) {
  const { t } = useTranslation("storefront");
  const { totals, currency } = cart;
  const blocked = cart.problems.length > 0;
  return (
    <aside className="cart-summary" aria-labelledby="cart-summary-title">
      <h2 id="cart-summary-title" className="cart-summary__title">
        {t("cart.summary.title")}
      </h2>
      <dl className="cart-summary__rows" data-testid="cart-totals">
        <div>
          <dt>{t("cart.summary.subtotal")}</dt>
          <dd>
            <Money amount={totals.subtotal} currency={currency} />
          </dd>
        </div>
        {totals.discount > 0 ? (
          <div className="cart-summary__discount">
            <dt>
              {t("cart.summary.discount")}
              {cart.discount ? <span className="cart-summary__code"> ({cart.discount.code})</span> : null}
            </dt>
            <dd>
              <Money amount={-totals.discount} currency={currency} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("cart.summary.shipping")}</dt>
          <dd>
            {totals.shipping === null ? (
              <span className="cart-summary__later">{t("cart.summary.shippingLater")}</span>
            ) : (
              <Money amount={totals.shipping} currency={currency} />
            )}
          </dd>
        </div>
        {totals.pricesIncludeTax ? null : (
          <div>
            <dt>{t("cart.summary.taxEstimated")}</dt>
            <dd>
              <Money amount={totals.tax} currency={currency} />
            </dd>
          </div>
        )}
        <div className="cart-summary__total">
          <dt>{t("cart.summary.total")}</dt>
          <dd>
            <Money amount={totals.total} currency={currency} />
          </dd>
        </div>
      </dl>
      {totals.pricesIncludeTax ? (
        <p className="cart-summary__note">
          {totals.tax > 0 ? (
            <>
              {t("cart.summary.taxIncluded")} <Money amount={totals.tax} currency={currency} />
            </>
          ) : (
            t("cart.summary.totalTaxIncluded")
          )}
        </p>
      ) : null}
      <CartDiscount discount={cart.discount} locale={locale} actionData={actionData} />
      {blocked ? (
        <>
          <button type="button" className="btn cart-summary__checkout" disabled>
            {t("cart.summary.checkout")}
          </button>
          <p className="cart-summary__blocked" role="status">
            {t("cart.summary.fixProblems")}
          </p>
        </>
      ) : (
        <Link to={checkoutPath(locale)} className="btn cart-summary__checkout" data-testid="checkout-link">
          {t("cart.summary.checkout")}
        </Link>
      )}
      <p className="cart-summary__reassurance">{t("cart.summary.reassurance")}</p>
    </aside>
  );
}
