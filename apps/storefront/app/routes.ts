// The storefront's URL map. Each locale gets its own literal paths (/fr/produit/..., /en/product/...),
// built from the segments in @comptoir/i18n, so links and routes cannot disagree.
import { index, route, type RouteConfig } from "@remix-run/route-config";
import {
  ACCOUNT_SEGMENTS,
  ACCOUNT_SUBPATHS,
  CHECKOUT_SUBPATHS,
  LOCALES,
  PATH_SEGMENTS,
} from "@comptoir/i18n";

export default [
  index("routes/language-redirect.tsx"),
  ...LOCALES.map((locale) =>
    route(locale, "routes/locale-layout.tsx", { id: `${locale}` }, [
      index("routes/home.tsx", { id: `${locale}/home` }),
      route(`${PATH_SEGMENTS.category[locale]}/:slug`, "routes/category.tsx", { id: `${locale}/category` }),
      route(`${PATH_SEGMENTS.product[locale]}/:slug`, "routes/product.tsx", { id: `${locale}/product` }),
      route(PATH_SEGMENTS.search[locale], "routes/search.tsx", { id: `${locale}/search` }),
      route(PATH_SEGMENTS.cart[locale], "routes/cart.tsx", { id: `${locale}/cart` }),
      route(PATH_SEGMENTS.checkout[locale], "routes/checkout.tsx", { id: `${locale}/checkout` }),
      route(
        `${PATH_SEGMENTS.checkout[locale]}/${CHECKOUT_SUBPATHS.confirmation[locale]}`,
        "routes/checkout.confirmation.tsx",
        { id: `${locale}/checkout-confirmation` },
      ),
      route(
        `${PATH_SEGMENTS.checkout[locale]}/${CHECKOUT_SUBPATHS.cancelled[locale]}`,
        "routes/checkout.cancelled.ts",
        { id: `${locale}/checkout-cancelled` },
      ),
      // Logging in, signing up and the pages the emailed links open.
      route(ACCOUNT_SEGMENTS.login[locale], "routes/login.tsx", { id: `${locale}/login` }),
      route(
        `${ACCOUNT_SEGMENTS.login[locale]}/${ACCOUNT_SUBPATHS.magicLink[locale]}`,
        "routes/login.magic-link.tsx",
        { id: `${locale}/magic-link` },
      ),
      route(ACCOUNT_SEGMENTS.signUp[locale], "routes/sign-up.tsx", { id: `${locale}/sign-up` }),
      route(ACCOUNT_SEGMENTS.forgotPassword[locale], "routes/forgot-password.tsx", {
        id: `${locale}/forgot-password`,
      }),
      route(
        `${ACCOUNT_SEGMENTS.forgotPassword[locale]}/${ACCOUNT_SUBPATHS.resetPassword[locale]}`,
        "routes/reset-password.tsx",
        { id: `${locale}/reset-password` },
      ),
      // Beside the account area, not in it: these pages serve visitors who are not logged in yet.
      route(
        `${ACCOUNT_SEGMENTS.account[locale]}/${ACCOUNT_SUBPATHS.verifyEmail[locale]}`,
        "routes/verify-email.tsx",
        { id: `${locale}/verify-email` },
      ),
      route(
        `${ACCOUNT_SEGMENTS.account[locale]}/${ACCOUNT_SUBPATHS.confirmEmail[locale]}`,
        "routes/confirm-email-change.tsx",
        { id: `${locale}/confirm-email-change` },
      ),
      route(
        `${ACCOUNT_SEGMENTS.account[locale]}/${ACCOUNT_SUBPATHS.logout[locale]}`,
        "routes/account.logout.ts",
        { id: `${locale}/logout` },
      ),
      // Account area (logged-in customers).
      route(ACCOUNT_SEGMENTS.account[locale], "routes/account.tsx", { id: `${locale}/account` }, [
        index("routes/account.overview.tsx", { id: `${locale}/account-overview` }),
        ...(["profile", "password", "addresses", "orders", "sessions", "privacy"] as const).map((section) =>
          route(ACCOUNT_SUBPATHS[section][locale], `routes/account.${section}.tsx`, {
            id: `${locale}/account-${section}`,
          }),
        ),
        route(`${ACCOUNT_SUBPATHS.orders[locale]}/:number`, "routes/account.order.tsx", {
          id: `${locale}/account-order`,
        }),
        route(
          `${ACCOUNT_SUBPATHS.privacy[locale]}/${ACCOUNT_SUBPATHS.dataExport[locale]}`,
          "routes/account.privacy-export.ts",
          { id: `${locale}/account-privacy-export` },
        ),
      ]),
    ]),
  ),
  route("api/trpc/*", "routes/api.trpc.ts"),
  route("media/:file", "routes/media.ts"),
  route("sitemap.xml", "routes/sitemap-index.ts"),
  route("robots.txt", "routes/robots.ts"),
  // Stripe's signed events: a resource route that hands the raw body to the verifier untouched.
  route("webhooks/stripe", "routes/webhooks.stripe.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
