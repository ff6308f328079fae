// Small display helpers of the checkout and order pages.
import type { Locale } from "@comptoir/i18n";

const rateFormats = new Map<Locale, Intl.NumberFormat>();

/** A tax rate in parts per million as the locale writes a percentage: 200000 -> "20 %" (fr), "20%" (en). */
export function formatRate(ratePpm: number, locale: Locale): string {
  let format = rateFormats.get(locale);
  if (!format) {
    // Québec's QST is 9.975 %: up to three decimals, none when the rate is whole.
    format = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 3 });
    rateFormats.set(locale, format);
  }
  return format.format(ratePpm / 1_000_000);
}

/** A shipping method's delay in business days: one number, a range, or nothing when unknown. */
export function deliveryDays(
  minDays: number | null,
  maxDays: number | null,
): { count: number } | { min: number; max: number } | null {
  const low = minDays ?? maxDays;
  const high = maxDays ?? minDays;
  if (low === null || high === null) return null;
  return low === high ? { count: low } : { min: Math.min(low, high), max: Math.max(low, high) };
}
