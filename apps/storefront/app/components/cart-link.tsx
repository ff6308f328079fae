import { useFetchers, useLocation, useNavigation } from "@remix-run/react";
import type { Locale } from "@comptoir/i18n";
import { useEffect, useState } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { readCartCount } from "~/lib/cart-count";
import { cartPath } from "~/lib/cart-paths";
import { SiteLink } from "./site-link";

/**
 * The header's link to the cart. Catalog pages, header included, are publicly cacheable (a CDN may
 * serve one copy to every visitor), so the server never renders a shopper's item count into them:
 * the count is read in the browser, after hydration, from the small `cart_count` cookie that the
 * cart action keeps up to date (the cart id itself stays in an httpOnly cookie scripts cannot
 * read). It is read again whenever a navigation or a fetcher settles, since either may have changed
 * it. Without JavaScript the link simply shows no count.
 */
export function CartLink({ locale }: { locale: Locale }) {
  const { t } = useTranslation("storefront");
  const [count, setCount] = useState<number | null>(null);
  const navigating = useNavigation().state !== "idle";
  const fetching = useFetchers().some((fetcher) => fetcher.state !== "idle");
  const settled = !navigating && !fetching;
  const { pathname } = useLocation();
  useEffect(() => {
    if (settled) setCount(readCartCount(document.cookie));
  }, [settled, pathname]);

  const href = cartPath(locale);
  return (
    <SiteLink
      to={href}
      className="site-header__cart"
      aria-current={pathname === href ? "page" : undefined}
      data-testid="cart-link"
    >
      <svg className="site-header__cart-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path
          d="M3 4h2l2.4 10.2a1.5 1.5 0 0 0 1.5 1.1h8.4a1.5 1.5 0 0 0 1.4-1l2.1-6.3H6.2M9.5 20a1 1 0 1 0 0-.01M17 20a1 1 0 1 0 0-.01"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="site-header__cart-label">{t("cart.link")}</span>
      {count ? (
        <>
          <span className="site-header__cart-count" aria-hidden="true" data-testid="cart-count">
            {count}
          </span>
          <span className="visually-hidden">, {t("cart.itemCount", { count })}</span>
        </>
      ) : null}
    </SiteLink>
  );
}
