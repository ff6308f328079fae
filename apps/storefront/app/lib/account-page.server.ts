// What every account page tells the document: its title, that it is not for search engines, and
// the same page in the other language (the language switcher follows it).
import { accountPath, LOCALES, type AccountSection, type Alternates, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { pageSeo } from "./page-seo.server";
import type { PageSeo } from "./seo";

/** The page's path in each locale, from a builder of it. */
export function accountAlternates(pathIn: (locale: Locale) => string): Alternates {
  return Object.fromEntries(LOCALES.map((locale) => [locale, pathIn(locale)]));
}

/** `title` already translated; `section` undefined for the overview. */
export function accountPageSeo(
  request: Request,
  locale: Locale,
  page: { title: string; alternates?: Alternates; section?: AccountSection },
): { seo: PageSeo; alternates: Alternates } {
  const alternates = page.alternates ?? accountAlternates((other) => accountPath(other, page.section));
  const seo = pageSeo(request, {
    locale,
    title: getFixedT(locale, "common")("pageTitle", { title: page.title }),
    description: getFixedT(locale, "account")("description"),
    path: alternates[locale] ?? accountPath(locale, page.section),
    alternates,
    // A customer's own page: nothing for a search engine to index or follow.
    noindex: true,
  });
  return { seo, alternates };
}
