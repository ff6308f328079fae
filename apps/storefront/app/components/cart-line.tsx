import { Link, useFetcher } from "@remix-run/react";
import type { CartLineDto, CartProblemDto } from "@comptoir/api";
import { productPath, type Locale } from "@comptoir/i18n";
import { Money, Price } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";
import { cartErrorFor, MAX_LINE_QUANTITY, type CartActionData } from "~/lib/cart-action-data";
import { cartPath } from "~/lib/cart-paths";
import { CartEnhancedField, CartError } from "./cart-error";

/**
 * One line of the cart: its quantity and removal forms post to the cart action (without JavaScript,
 * the page comes back with the result); with JavaScript, one fetcher per line sends them in place.
 */
export function CartLine({
  line,
  currency,
  locale,
  problem,
  actionData,
}: {
  line: CartLineDto;
  currency: string;
  locale: Locale;
  problem: CartProblemDto | undefined;
  /** The answer to a form posted without JavaScript, if any. */
  actionData: CartActionData | undefined;
}) {
  const { t } = useTranslation("storefront");
  const fetcher = useFetcher<CartActionData>({ key: `cart-line:${line.variantId}` });
  const busy = fetcher.state !== "idle";
  // Removal is shown at once; the line comes back if the server refuses it.
  if (busy && fetcher.formData?.get("intent") === "remove") return null;

  const error = cartErrorFor(fetcher.data ?? actionData, ["update", "remove"], line.variantId);
  const inputId = `cart-quantity-${line.variantId}`;
  const errorId = `cart-line-error-${line.variantId}`;
  const href = productPath(locale, line.productSlug);
  return (
    <li className="cart-line" aria-busy={busy || undefined} data-testid="cart-line">
      <Link to={href} className="cart-line__media" tabIndex={-1} aria-hidden="true">
        {line.imageUrl ? (
          <img src={line.imageUrl} alt="" width={96} height={96} loading="lazy" decoding="async" />
        ) : null}
      </Link>
      <div className="cart-line__details">
        <h3 className="cart-line__name">
          <Link to={href}>{line.productName}</Link>
        </h3>
        {line.variantName ? <p className="cart-line__variant">{line.variantName}</p> : null}
        <p className="cart-line__unit">
          <span className="visually-hidden">{t("cart.line.unitPrice")} </span>
          <Price
            price={{ amount: line.unitAmount, currency }}
            compareAt={line.compareAtAmount === null ? null : { amount: line.compareAtAmount, currency }}
          />
        </p>
        {problem ? (
          <p className="cart-line__problem" data-testid="cart-line-problem">
            {problem.code === "INSUFFICIENT_STOCK"
              ? t("cart.problems.INSUFFICIENT_STOCK", { count: line.stock })
              : t(`cart.problems.${problem.code}`)}
          </p>
        ) : null}
      </div>
      <div className="cart-line__controls">
        <fetcher.Form method="post" action={cartPath(locale)} className="cart-line__quantity">
          <CartEnhancedField />
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="variantId" value={line.variantId} />
          <label htmlFor={inputId} className="visually-hidden">
            {t("cart.line.quantityOf", { name: line.productName })}
          </label>
          <input
            // A new quantity from the server resets the field; a refused one keeps what was typed.
            key={line.quantity}
            id={inputId}
            className="input cart-line__input"
            type="number"
            name="quantity"
            inputMode="numeric"
            min={0}
            max={MAX_LINE_QUANTITY}
            step={1}
            required
            defaultValue={error?.values.quantity ?? line.quantity}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          <button type="submit" className="btn btn--ghost btn--small" disabled={busy}>
            {t("cart.line.update")}
          </button>
        </fetcher.Form>
        <fetcher.Form method="post" action={cartPath(locale)} className="cart-line__remove-form">
          <CartEnhancedField />
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="variantId" value={line.variantId} />
          <button
            type="submit"
            className="cart-line__remove"
            disabled={busy}
            aria-label={t("cart.line.removeOf", { name: line.productName })}
          >
            {t("cart.line.remove")}
          </button>
        </fetcher.Form>
      </div>
      <p className="cart-line__total">
        <span className="visually-hidden">{t("cart.summary.total")} </span>
        <Money amount={line.lineSubtotal} currency={currency} />
      </p>
      {error ? <CartError id={errorId} code={error.error} /> : null}
    </li>
  );
}
