// Amounts are integers in the currency's minor unit, as in the Stripe API and everywhere in Comptoir.

function formatter(currency: string, locale: string): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() });
}

/** How many minor units make one major unit: 100 for EUR, 1 for JPY (Intl knows each currency's digits). */
export function minorUnitFactor(currency: string): number {
  return 10 ** (formatter(currency, "en").resolvedOptions().maximumFractionDigits ?? 2);
}

export function formatMinor(amount: number, currency: string, locale = "en"): string {
  return formatter(currency, locale).format(amount / minorUnitFactor(currency));
}

/**
 * Stripe's minimum charge per settlement currency (docs: "Minimum and maximum charge amounts"), for the
 * currencies a European shop is likely to use. Checking it here makes a too-small order fail in
 * development the way it would fail in production.
 */
const MINIMUM_CHARGE: Record<string, number> = {
  aud: 50,
  cad: 50,
  chf: 50,
  dkk: 250,
  eur: 50,
  gbp: 30,
  jpy: 50,
  nok: 300,
  sek: 300,
  usd: 50,
};

export function minimumCharge(currency: string): number {
  return MINIMUM_CHARGE[currency] ?? 1;
}

/** Stripe refuses amounts above eight digits of minor units. */
export const MAXIMUM_AMOUNT = 99_999_999;
