// The page a refused cross-site request gets: a 403 in the visitor's language, built here because it
// is sent before Remix (and its i18n) runs. The strings live with every other one, in @comptoir/i18n.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** @typedef {{ title: string, message: string, action: string }} RefusalStrings */

/** @type {Record<string, RefusalStrings>} The first locale is the shop's default. */
const STRINGS = {
  fr: require("@comptoir/i18n/resources/fr/errors.json").crossSite,
  en: require("@comptoir/i18n/resources/en/errors.json").crossSite,
};
const LOCALES = Object.keys(STRINGS);
const DEFAULT_LOCALE = "fr";

/**
 * The locale of the page: the storefront's URL says it (/fr/..., /en/...); elsewhere (the admin) the
 * browser's Accept-Language, best quality first; French, the shop's default, otherwise.
 *
 * @param {string} url                        The request's path and query.
 * @param {string | undefined} acceptLanguage
 */
export function refusalLocale(url, acceptLanguage) {
  const segment = url.split(/[/?#]/)[1] ?? "";
  if (LOCALES.includes(segment)) return segment;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const q = quality ? Number.parseFloat(quality.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.find((entry) => LOCALES.includes(entry.language))?.language ?? DEFAULT_LOCALE;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The 403 response: a short page, never cached, that loads nothing (a strict Content-Security-Policy).
 *
 * @param {string} url
 * @param {string | undefined} acceptLanguage
 * @returns {{ status: 403, headers: Record<string, string>, body: string }}
 */
export function crossSiteRefusal(url, acceptLanguage) {
  const locale = refusalLocale(url, acceptLanguage);
  const strings = /** @type {RefusalStrings} */ (STRINGS[locale]);
  const body = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(strings.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
</head>
<body>
<main>
<h1>${escapeHtml(strings.title)}</h1>
<p>${escapeHtml(strings.message)}</p>
<p><a href="/">${escapeHtml(strings.action)}</a></p>
</main>
</body>
</html>
`;
  return {
    status: 403,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": locale,
      "Content-Length": String(Buffer.byteLength(body)),
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
    },
    body,
  };
}
