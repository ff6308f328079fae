import { useFetcher } from "@remix-run/react";
import type { CartDto } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { cartErrorFor, type CartActionData } from "~/lib/cart-action-data";
import { cartPath } from "~/lib/cart-paths";
import { CartEnhancedField, CartError } from "./cart-error";

/** The discount code: a form to apply one, or the applied code with a form to remove it. */
export function CartDiscount({
  discount,
  locale,
  actionData,
}: {
  discount: CartDto["discount"];
  locale: Locale;
  actionData: CartActionData | undefined;
}) {
  const { t } = useTranslation("storefront");
  const fetcher = useFetcher<CartActionData>({ key: "cart-discount" });
  const busy = fetcher.state !== "idle";
  const error = cartErrorFor(fetcher.data ?? actionData, ["applyDiscount", "removeDiscount"]);

  if (discount) {
    return (
      <div className="cart-discount cart-discount--applied" data-testid="cart-discount">
        <p className="cart-discount__applied">
          <span className="badge badge--accent">{t("cart.discount.applied", { code: discount.code })}</span>
        </p>
        {discount.amount === 0 ? <p className="cart-discount__note">{t("cart.discount.notYet")}</p> : null}
        <fetcher.Form method="post" action={cartPath(locale)}>
          <CartEnhancedField />
          <input type="hidden" name="intent" value="removeDiscount" />
          <button type="submit" className="cart-line__remove" disabled={busy}>
            {t("cart.discount.remove")}
          </button>
        </fetcher.Form>
        {error ? <CartError id="cart-discount-error" code={error.error} /> : null}
      </div>
    );
  }

  return (
    <fetcher.Form
      method="post"
      action={cartPath(locale)}
      className="cart-discount"
      data-testid="cart-discount"
    >
      <CartEnhancedField />
      <input type="hidden" name="intent" value="applyDiscount" />
      <label htmlFor="cart-discount-code" className="cart-discount__label">
        {t("cart.discount.label")}
      </label>
      <div className="cart-discount__row">
        <input
          id="cart-discount-code"
          className="input"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          required
          defaultValue={error?.values.code ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "cart-discount-error" : undefined}
        />
        <button type="submit" className="btn btn--ghost btn--small" disabled={busy}>
          {t("cart.discount.apply")}
        </button>
      </div>
      {error ? <CartError id="cart-discount-error" code={error.error} /> : null}
    </fetcher.Form>
  );
}
