// The storefront's URL map. Each locale gets its own literal paths (/fr/produit/..., /en/product/...),
// built from the segments in @comptoir/i18n, so links and routes cannot disagree.
import { index, route, type RouteConfig } from "@remix-run/route-config";
import { LOCALES, PATH_SEGMENTS } from "@comptoir/i18n";

export default [
  index("routes/language-redirect.tsx"),
  ...LOCALES.map((locale) =>
    route(locale, "routes/locale-layout.tsx", { id: `${locale}` }, [
      index("routes/home.tsx", { id: `${locale}/home` }),
      route(`${PATH_SEGMENTS.category[locale]}/:slug`, "routes/category.tsx", { id: `${locale}/category` }),
      route(`${PATH_SEGMENTS.product[locale]}/:slug`, "routes/product.tsx", { id: `${locale}/product` }),
      route(PATH_SEGMENTS.search[locale], "routes/search.tsx", { id: `${locale}/search` }),
    ]),
  ),
  route("api/trpc/*", "routes/api.trpc.ts"),
  route("media/:file", "routes/media.ts"),
  route("sitemap.xml", "routes/sitemap-index.ts"),
  route("robots.txt", "routes/robots.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
