// Money, numbers and dates per locale with Intl. Formatters are cached: building one costs more
// than formatting with it, and a product list formats dozens of prices.
import type { Locale } from "@comptoir/validators/locales";

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(locale: Locale, currency: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    moneyFormats.set(key, format);
  }
  return format;
}

const digitsByCurrency = new Map<string, number>();

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    // resolvedOptions() builds a new object each time: ask once per currency.
    digits = moneyFormat("en", currency).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

// Formatting a price costs much more than finding its text again, and a page shows the same few
// prices many times over (a category page's cards, a server rendering page after page): texts are
// kept per locale and currency, for a bounded number of amounts.
const MONEY_TEXTS_KEPT = 5_000;
const moneyTexts = new Map<string, Map<number, string>>();

/** Formats an amount in minor units: formatMoney(129000, "EUR", "fr") -> "1 290,00 €". */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const key = `${locale}:${currency}`;
  let texts = moneyTexts.get(key);
  if (!texts) {
    texts = new Map();
    moneyTexts.set(key, texts);
  }
  let text = texts.get(amount);
  if (text === undefined) {
    text = moneyFormat(locale, currency).format(amount / 10 ** currencyDigits(currency));
    if (texts.size >= MONEY_TEXTS_KEPT) texts.clear();
    texts.set(amount, text);
  }
  return text;
}

export function formatDate(
  value: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  return new Intl.DateTimeFormat(locale, options).format(typeof value === "string" ? new Date(value) : value);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}
