import { Link, useFetcher } from "@remix-run/react";
import type { Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { cartErrorFor, MAX_LINE_QUANTITY, type CartActionData } from "~/lib/cart-action-data";
import { cartPath } from "~/lib/cart-paths";
import { CartEnhancedField, CartError } from "./cart-error";

/**
 * The product page's add-to-cart form. It posts to the cart page's action: without JavaScript the
 * shopper lands on the cart; with it, a fetcher adds in place and a confirmation links to the cart.
 * Render it with `key={variantId}` so that choosing another variant starts afresh.
 */
export function AddToCart({
  locale,
  variantId,
  stock,
}: {
  locale: Locale;
  variantId: string;
  stock: number;
}) {
  const { t } = useTranslation("storefront");
  const { t: tc } = useTranslation();
  const fetcher = useFetcher<CartActionData>();
  const busy = fetcher.state !== "idle";
  const result = fetcher.data;
  const added = !busy && result?.ok === true && result.variantId === variantId;
  const error = cartErrorFor(result, "add", variantId);
  const soldOut = stock <= 0;
  return (
    <fetcher.Form method="post" action={cartPath(locale)} className="add-to-cart" data-testid="add-to-cart">
      <CartEnhancedField />
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="variantId" value={variantId} />
      <div className="add-to-cart__row">
        <label htmlFor="add-to-cart-quantity" className="add-to-cart__label">
          {t("cart.add.quantity")}
        </label>
        <input
          id="add-to-cart-quantity"
          className="input add-to-cart__quantity"
          type="number"
          name="quantity"
          inputMode="numeric"
          min={1}
          max={Math.max(1, Math.min(MAX_LINE_QUANTITY, stock))}
          step={1}
          defaultValue={1}
          required
          disabled={soldOut}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "add-to-cart-error" : undefined}
        />
        <button type="submit" className="btn add-to-cart__submit" disabled={soldOut || busy}>
          {soldOut ? tc("stock.soldOut") : busy ? t("cart.add.adding") : t("cart.add.submit")}
        </button>
      </div>
      <div className="add-to-cart__status" aria-live="polite">
        {added ? (
          <p className="alert alert--info add-to-cart__added" data-testid="add-to-cart-added">
            {t("cart.add.added")} <Link to={cartPath(locale)}>{t("cart.add.viewCart")}</Link>
          </p>
        ) : null}
      </div>
      {error ? <CartError id="add-to-cart-error" code={error.error} /> : null}
    </fetcher.Form>
  );
}
