// Writes the demo shop's selling terms (data/commerce.ts). Safe to run again: every row is found by its
// natural key (zone key, zone + rate key, country + region + code, setting key, discount code).
import type { Db, Prisma } from "@comptoir/db";
import {
  DISCOUNT_CODES,
  SHIPPING_ZONES,
  SHOP_CURRENCY,
  STORE_SETTINGS,
  TAX_RATES,
  type DiscountCodeData,
  type ShippingZoneData,
} from "./data/commerce";

type Tx = Prisma.TransactionClient;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CommerceReport {
  shippingRates: number;
  taxRates: number;
  discountCodes: number;
}

export async function writeCommerce(db: Db, now = new Date()): Promise<CommerceReport> {
  await db.$transaction(
    async (tx) => {
      for (const [position, zone] of SHIPPING_ZONES.entries()) await writeZone(tx, zone, position);
      for (const [position, rate] of TAX_RATES.entries()) {
        const { country, region, code, ratePpm } = rate;
        await tx.taxRate.upsert({
          where: { country_region_code: { country, region, code } },
          create: { country, region, code, ratePpm, position },
          update: { ratePpm, position },
          select: { id: true },
        });
      }
      for (const [key, value] of Object.entries(STORE_SETTINGS)) {
        await tx.setting.upsert({
          where: { key },
          create: { key, value },
          update: {},
          select: { key: true },
        });
      }
      for (const discount of DISCOUNT_CODES) await writeDiscount(tx, discount, now);
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  return {
    shippingRates: SHIPPING_ZONES.reduce((sum, zone) => sum + zone.rates.length, 0),
    taxRates: TAX_RATES.length,
    discountCodes: DISCOUNT_CODES.length,
  };
}

async function writeZone(tx: Tx, zone: ShippingZoneData, position: number) {
  const { id: zoneId } = await tx.shippingZone.upsert({
    where: { key: zone.key },
    create: { key: zone.key, countries: [...zone.countries], position },
    update: { countries: [...zone.countries], position },
    select: { id: true },
  });
  for (const [ratePosition, rate] of zone.rates.entries()) {
    const fields = {
      amount: rate.amount,
      currency: SHOP_CURRENCY,
      freeOverAmount: rate.freeOverAmount ?? null,
      minDays: rate.minDays,
      maxDays: rate.maxDays,
      position: ratePosition,
    };
    const { id: rateId } = await tx.shippingRate.upsert({
      where: { zoneId_key: { zoneId, key: rate.key } },
      create: { zoneId, key: rate.key, ...fields },
      update: fields,
      select: { id: true },
    });
    for (const locale of ["fr", "en"] as const) {
      await tx.shippingRateTranslation.upsert({
        where: { rateId_locale: { rateId, locale } },
        create: { rateId, locale, name: rate.name[locale] },
        update: { name: rate.name[locale] },
        select: { id: true },
      });
    }
  }
}

async function writeDiscount(tx: Tx, discount: DiscountCodeData, now: Date) {
  const at = (days: number | undefined) =>
    days === undefined ? null : new Date(now.getTime() + days * DAY_MS);
  const fields = {
    kind: discount.kind,
    percentOff: discount.percentOff ?? null,
    amountOff: discount.amountOff ?? null,
    currency: discount.kind === "FIXED_AMOUNT" ? SHOP_CURRENCY : null,
    minimumSubtotal: discount.minimumSubtotal ?? 0,
    perCustomerLimit: discount.perCustomerLimit ?? null,
    usageLimit: null,
    startsAt: at(discount.startsInDays),
    endsAt: at(discount.endsInDays),
    active: true,
  };
  // timesUsed is left alone: it counts real orders.
  await tx.discountCode.upsert({
    where: { code: discount.code },
    create: { code: discount.code, ...fields },
    update: fields,
    select: { id: true },
  });
}
