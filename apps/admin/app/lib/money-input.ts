import { currencyDigits } from "@comptoir/i18n";

/**
 * An amount typed by staff in major units ("12,50", "12.5", "1 234,00") as minor units (1250), or
 * null when it is not a plain positive amount with at most the currency's decimals.
 */
export function parseMajorAmount(text: string, currency: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const digits = currencyDigits(currency);
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(compact);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
