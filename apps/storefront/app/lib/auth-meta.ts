import type { MetaDescriptor } from "@remix-run/node";
import { seoMeta, type PageSeo } from "./seo";

/**
 * The auth pages' meta tags: the usual title, description, canonical and hreflang links, and a
 * plain `noindex` (a login form or an emailed link's page has nothing for a search engine).
 */
export function authMeta(seo: PageSeo | undefined): MetaDescriptor[] {
  return seoMeta(seo ? { ...seo, noindex: true } : undefined).map((descriptor) =>
    "name" in descriptor && descriptor.name === "robots"
      ? { name: "robots", content: "noindex" }
      : descriptor,
  );
}
