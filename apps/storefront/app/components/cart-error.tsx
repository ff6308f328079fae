import { useErrorText } from "@comptoir/ui";
import { useEffect, useState } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { ENHANCED_FIELD } from "~/lib/cart-action-data";

/**
 * The sentence for a refused cart action: the cart's own wording when it has one (an unknown
 * variant is "no longer available", not "not found"), else the shared error texts.
 */
export function useCartErrorText(): (code: string) => string {
  const { t, i18n } = useTranslation("storefront");
  const errorText = useErrorText();
  return (code) =>
    i18n.exists(`storefront:cart.errors.${code}`)
      ? t(`cart.errors.${code}` as "cart.errors.NOT_FOUND")
      : errorText(code);
}

/** A refused cart action, announced to screen readers, next to the form that sent it. */
export function CartError({ id, code }: { id: string; code: string }) {
  const text = useCartErrorText();
  return (
    <p id={id} className="field__error cart-error" role="alert">
      {text(code)}
    </p>
  );
}

/**
 * Marks a form as sent by a fetcher, once the page is hydrated (see ENHANCED_FIELD). Rendered
 * nowhere on the server, so a form posted before hydration or without JavaScript goes without it.
 */
export function CartEnhancedField() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated ? <input type="hidden" name={ENHANCED_FIELD} value="1" /> : null;
}
