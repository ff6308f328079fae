import { redirect } from "@remix-run/node";
import { isNotFoundError } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { storefrontApi } from "./api.server";

/**
 * Runs a loader's main read. When it is NOT_FOUND, an old slug of a renamed product or category
 * answers 301 to the current URL (query string kept); anything else unknown is a 404.
 */
export async function orRedirectOrNotFound<T>(
  request: Request,
  work: Promise<T>,
  lookup: { kind: "PRODUCT" | "CATEGORY"; locale: Locale; slug: string; path: (slug: string) => string },
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
    const { api } = await storefrontApi(request);
    const target = await api.catalog
      .redirect({ kind: lookup.kind, locale: lookup.locale, slug: lookup.slug })
      .catch(() => null);
    if (target) throw redirect(`${lookup.path(target.slug)}${new URL(request.url).search}`, 301);
    throw new Response(null, { status: 404, statusText: "Not Found" });
  }
}
