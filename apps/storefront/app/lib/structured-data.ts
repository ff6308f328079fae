// schema.org data (JSON-LD) describing the shop and its pages to search engines. Pure: pages build
// it in their loaders from what they already fetched and render it with <JsonLd>.
import type { ProductDetailDto } from "@comptoir/api";
import { currencyDigits, DEFAULT_LOCALE, homePath, resources, searchPath, type Locale } from "@comptoir/i18n";

const CONTEXT = "https://schema.org";

export function organizationJsonLd(origin: string) {
  return {
    "@context": CONTEXT,
    "@type": "Organization",
    // The brand is not translated; read from the resources so it is written in one place.
    name: resources[DEFAULT_LOCALE].common.brand,
    url: origin,
    logo: `${origin}/favicon.svg`,
  };
}

/** The site in one language, with the search box search engines may offer (the search page's URL). */
export function websiteJsonLd(origin: string, locale: Locale) {
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    name: resources[locale].common.brand,
    url: `${origin}${homePath(locale)}`,
    inLanguage: locale,
    potentialAction: {
      "@type": "SearchAction",
      target: `${origin}${searchPath(locale)}?q={search_term_string}`,
      "query-input": "required name=search_term_string",
    },
  };
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]) {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * A product and one offer per variant. `url` is the product page's canonical URL; each offer points
 * to it with the variant selected.
 */
export function productJsonLd(product: ProductDetailDto, options: { url: string; origin: string }) {
  const [first] = product.variants;
  return {
    "@context": CONTEXT,
    "@type": "Product",
    name: product.name,
    description: markdownToText(product.description),
    url: options.url,
    image: product.images.map((image) => new URL(image.url, options.origin).toString()),
    ...(first ? { sku: first.sku } : {}),
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      name: variant.title,
      sku: variant.sku,
      price: decimalAmount(variant.price.amount, variant.price.currency),
      priceCurrency: variant.price.currency,
      availability: variant.available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url: `${options.url}?variant=${encodeURIComponent(variant.sku)}`,
    })),
  };
}

/** An amount in minor units as a decimal string in major units: (1290, "EUR") -> "12.90", (500, "JPY") -> "500". */
function decimalAmount(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  // Integer arithmetic on the digits: no floating-point rounding on the way.
  const sign = amount < 0 ? "-" : "";
  const units = String(Math.abs(Math.round(amount))).padStart(digits + 1, "0");
  if (digits === 0) return `${sign}${units}`;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

// Markdown punctuation a backslash escapes (CommonMark: any ASCII punctuation).
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
// Escaped characters are parked in the Private Use Area while the syntax around them is removed
// (characters already there are dropped: they have no meaning in a public description).
const PARKED = /[\uE000-\uE07F]/g;

/**
 * The text of a Markdown description, without its syntax or any HTML: what a search engine shows
 * as the product's description. Paragraphs are kept apart by a blank line.
 */
export function markdownToText(markdown: string): string {
  const lines = markdown
    .replace(PARKED, "")
    .replace(/\r\n?/g, "\n")
    .replace(ESCAPABLE, (_, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)))
    .split("\n")
    .map(blockText);
  // Inline syntax never spans paragraphs: handling them one by one keeps a stray "*" local.
  return lines
    .join("\n")
    .split(/\n\s*\n/)
    .map((paragraph) => inlineText(paragraph).replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

/** A line without its block syntax (heading, quote, list marker); "" for lines that carry no text. */
function blockText(line: string): string {
  // Fences, thematic breaks, setext underlines and link reference definitions.
  if (/^\s{0,3}(```|~~~)/.test(line)) return "";
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s{0,3}(=+|-+)\s*$/.test(line)) return "";
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return "";
  const text = line.replace(/^\s{0,3}(>\s?)+/, "");
  const heading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(text);
  if (heading) return heading[1] ?? "";
  return text.replace(/^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, "");
}

/** A paragraph without HTML, links, images, code spans, emphasis and entities. */
function inlineText(paragraph: string): string {
  return paragraph
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/g, "")
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, "$1")
    .replace(/!?\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])/g, "$1")
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => code.trim())
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, "$1")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name))
    .replace(PARKED, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}
