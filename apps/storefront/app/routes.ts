// The storefront's URL map. Each locale gets its own literal paths (/fr/produit/..., /en/product/...),
// built from the segments in @comptoir/i18n, so links and routes cannot disagree.
import { index, route, type RouteConfig } from "@remix-run/route-config";
import { CHECKOUT_SUBPATHS, LOCALES, PATH_SEGMENTS } from "@comptoir/i18n";

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
      // Account area (logged-in customers).
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
