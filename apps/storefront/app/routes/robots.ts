// /robots.txt: what crawlers may visit, and where the sitemap index is.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/lib/origin.server";
import { CRAWLER_CACHE_CONTROL, robotsTxt } from "~/lib/sitemap.server";

export function loader({ request }: LoaderFunctionArgs) {
  return new Response(robotsTxt(publicOrigin(request)), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CRAWLER_CACHE_CONTROL },
  });
}
