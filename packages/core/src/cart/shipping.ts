import type { Locale } from "@comptoir/validators";
import { DomainError } from "../errors";
import { shippingCost } from "../pricing";
import type { DbClient } from "./queries";
import type { ShippingMethodSnapshot, ShippingOptionDto } from "./types";

export interface ShippingRateRow {
  id: string;
  key: string;
  name: string;
  amount: number;
  currency: string;
  freeOverAmount: number | null;
  minDays: number | null;
  maxDays: number | null;
}

/**
 * The rates that ship to `country` in `currency`, from the first zone (by position) listing the
 * country. One query. Throws SHIPPING_UNAVAILABLE when no zone covers the country, or when its
 * rates are all in other currencies: either way, nothing can be shipped there for this cart.
 */
export async function ratesFor(
  db: DbClient,
  input: { country: string; currency: string; locale: Locale },
): Promise<{ zoneKey: string; rates: ShippingRateRow[] }> {
  const zone = await db.shippingZone.findFirst({
    where: { countries: { has: input.country } },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: {
      key: true,
      rates: {
        where: { currency: input.currency },
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          id: true,
          key: true,
          amount: true,
          currency: true,
          freeOverAmount: true,
          minDays: true,
          maxDays: true,
          translations: { where: { locale: input.locale }, select: { name: true } },
        },
      },
    },
  });
  if (!zone || zone.rates.length === 0) throw new DomainError("SHIPPING_UNAVAILABLE", input.country);
  return {
    zoneKey: zone.key,
    rates: zone.rates.map(({ translations, ...rate }) => ({
      ...rate,
      name: translations[0]?.name ?? rate.key,
    })),
  };
}

/** A rate as offered to a cart whose subtotal after discount is `discountedSubtotal`. */
export function toShippingOption(rate: ShippingRateRow, discountedSubtotal: number): ShippingOptionDto {
  const { amount, free } = shippingCost(rate, discountedSubtotal);
  return {
    id: rate.id,
    key: rate.key,
    name: rate.name,
    amount,
    currency: rate.currency,
    free,
    minDays: rate.minDays,
    maxDays: rate.maxDays,
  };
}

export function toShippingSnapshot(
  zoneKey: string,
  rate: ShippingRateRow,
  priced: { amount: number; free: boolean },
): ShippingMethodSnapshot {
  return {
    rateId: rate.id,
    zoneKey,
    key: rate.key,
    name: rate.name,
    amount: priced.amount,
    currency: rate.currency,
    free: priced.free,
    minDays: rate.minDays,
    maxDays: rate.maxDays,
  };
}
