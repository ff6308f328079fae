import { Link } from "@remix-run/react";
import type { CartDto } from "@comptoir/api";
import { cartPath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";

/**
 * What checkout shows instead of the form when the cart cannot be bought as it is (stock ran out,
 * a product was taken off sale): which items, and the way back to the cart to fix them.
 */
export function CheckoutProblems({ cart, locale }: { cart: CartDto; locale: Locale }) {
  const { t } = useTranslation("checkout");
  // Each item's problem is said as the cart page says it.
  const { t: cartText } = useTranslation("storefront", { keyPrefix: "cart.problems" });
  const lines = new Map(cart.lines.map((line) => [line.variantId, line]));
  return (
    <section className="checkout-problems" role="alert" data-testid="checkout-problems">
      <h2 className="checkout-problems__title">{t("problems.title")}</h2>
      <p>{t("problems.text")}</p>
      <ul className="checkout-problems__list">
        {cart.problems.map((problem) => {
          const line = lines.get(problem.variantId);
          return (
            <li key={problem.variantId}>
              <strong>{line?.productName}</strong>
              {line?.variantName ? ` (${line.variantName})` : null} —{" "}
              {problem.code === "INSUFFICIENT_STOCK"
                ? cartText("INSUFFICIENT_STOCK", { count: line?.stock ?? 0 })
                : cartText(problem.code)}
            </li>
          );
        })}
      </ul>
      <Link to={cartPath(locale)} className="btn">
        {t("backToCart")}
      </Link>
    </section>
  );
}
