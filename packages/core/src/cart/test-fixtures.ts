// Builders for the cart's integration tests: selling terms like the demo shop's, customers, codes and
// past redemptions. Defaults are valid and unique.
import { randomUUID } from "node:crypto";
import type { Db, Prisma } from "@comptoir/db";
import { STORE_SETTING_KEYS } from "./store-settings";

/** France (4.90 €, free over 60 €; express 9.90 €) and Canada (14.90 €, 24.90 €), FR/QC/ON/CA taxes. */
export async function createSellingTerms(db: Db, options: { pricesIncludeTax?: boolean } = {}) {
  const zone = (
    key: string,
    countries: string[],
    position: number,
    rates: Prisma.ShippingRateCreateWithoutZoneInput[],
  ) =>
    db.shippingZone.create({
      data: { key, countries, position, rates: { create: rates } },
      select: { rates: { orderBy: { position: "asc" }, select: { id: true, key: true } } },
    });
  const names = (fr: string, en: string) => ({
    create: [
      { locale: "fr" as const, name: fr },
      { locale: "en" as const, name: en },
    ],
  });
  const france = await zone("france", ["FR"], 0, [
    {
      key: "standard",
      amount: 490,
      currency: "EUR",
      freeOverAmount: 6000,
      minDays: 2,
      maxDays: 4,
      position: 0,
      translations: names("Livraison standard", "Standard delivery"),
    },
    {
      key: "express",
      amount: 990,
      currency: "EUR",
      minDays: 1,
      maxDays: 2,
      position: 1,
      translations: names("Livraison express", "Express delivery"),
    },
  ]);
  const canada = await zone("canada", ["CA"], 1, [
    {
      key: "standard",
      amount: 1490,
      currency: "EUR",
      position: 0,
      translations: names("Standard Canada", "Canada standard"),
    },
    {
      key: "cad",
      amount: 1990,
      currency: "CAD",
      position: 1,
      translations: names("Canada en CAD", "Canada in CAD"),
    },
  ]);
  await db.taxRate.createMany({
    data: [
      { country: "FR", region: "", code: "VAT", ratePpm: 200_000 },
      { country: "CA", region: "", code: "GST", ratePpm: 50_000 },
      { country: "CA", region: "QC", code: "GST", ratePpm: 50_000, position: 0 },
      { country: "CA", region: "QC", code: "QST", ratePpm: 99_750, position: 1 },
      { country: "CA", region: "ON", code: "HST", ratePpm: 130_000 },
    ],
  });
  await setPricesIncludeTax(db, options.pricesIncludeTax ?? true);
  await db.setting.createMany({
    data: [
      { key: STORE_SETTING_KEYS.currency, value: "EUR" },
      { key: STORE_SETTING_KEYS.defaultCountry, value: "FR" },
    ],
  });
  const rateId = (rates: { id: string; key: string }[], key: string) =>
    rates.find((rate) => rate.key === key)?.id ?? "";
  return {
    frStandard: rateId(france.rates, "standard"),
    frExpress: rateId(france.rates, "express"),
    caStandard: rateId(canada.rates, "standard"),
  };
}

export async function setPricesIncludeTax(db: Db, value: boolean) {
  const key = STORE_SETTING_KEYS.pricesIncludeTax;
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

export async function createDiscount(db: Db, input: Partial<Prisma.DiscountCodeCreateInput> = {}) {
  return db.discountCode.create({
    data: {
      code: `TEST${randomUUID().slice(0, 8).toUpperCase()}`,
      kind: "PERCENTAGE",
      percentOff: 10,
      ...input,
    },
    select: { id: true, code: true },
  });
}

export async function createCustomer(db: Db) {
  return db.user.create({
    data: { email: `shopper-${randomUUID().slice(0, 8)}@example.test` },
    select: { id: true, email: true },
  });
}

/** A past order that used the code, as checkout records it. */
export async function createRedemption(
  db: Db,
  discountCodeId: string,
  customer: { email: string; userId?: string | null },
) {
  const order = await db.order.create({
    data: {
      email: customer.email,
      userId: customer.userId ?? null,
      locale: "fr",
      currency: "EUR",
      pricesIncludeTax: true,
      shippingAddress: {},
      shippingMethod: {},
      subtotalAmount: 1000,
      discountAmount: 100,
      shippingAmount: 0,
      taxAmount: 150,
      totalAmount: 900,
      taxLines: [],
    },
    select: { id: true },
  });
  await db.discountRedemption.create({
    data: { discountCodeId, orderId: order.id, email: customer.email, userId: customer.userId ?? null },
  });
}
