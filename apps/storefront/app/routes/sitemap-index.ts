// /sitemap.xml: the sitemap index; /sitemap.xml?part=<name>: one of the sitemaps it lists
// (pages-fr, categories-en-1, products-fr-2...). An unknown part, or a page past the last, is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { storefrontApi } from "~/lib/api.server";
import { publicOrigin } from "~/lib/origin.server";
import {
  entitySitemapXml,
  pagesSitemapXml,
  parseSitemapFile,
  sitemapIndexXml,
  sitemapNotFound,
  xmlResponse,
} from "~/lib/sitemap.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const part = new URL(request.url).searchParams.get("part");
  const { api } = await storefrontApi(request);
  const counts = await api.catalog.sitemapIndex();
  if (part === null) return xmlResponse(sitemapIndexXml(origin, counts));

  const file = parseSitemapFile(part);
  if (!file) return sitemapNotFound();
  if (file.kind === "pages") return xmlResponse(pagesSitemapXml({ origin, locale: file.locale }));
  if (file.page > counts[file.kind]) return sitemapNotFound();
  // Each API page holds at most SITEMAP_PAGE_SIZE entries, within the protocol's 50,000 URLs per file.
  const entries = await api.catalog.sitemapPage({ kind: file.kind, page: file.page });
  return xmlResponse(entitySitemapXml(entries, { origin, locale: file.locale, kind: file.kind }));
}
