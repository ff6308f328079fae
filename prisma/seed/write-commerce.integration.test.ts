import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { countRows } from "./count-rows";
import { DEMO_SEED_SETTING, isDemoDataSeeded } from "./index";
import { writeCommerce } from "./write-commerce";

describe("the demo shop's selling terms", () => {
  const database = useTestDatabase("seed_commerce");
  const now = new Date("2026-03-10T09:00:00Z");

  it("ships to France (free over 60 €) and Canada, named in both languages", async () => {
    await writeCommerce(database.db, now);
    const zones = await database.db.shippingZone.findMany({
      orderBy: { position: "asc" },
      select: {
        key: true,
        countries: true,
        rates: {
          orderBy: { position: "asc" },
          select: {
            key: true,
            amount: true,
            currency: true,
            freeOverAmount: true,
            translations: { orderBy: { locale: "asc" }, select: { locale: true, name: true } },
          },
        },
      },
    });
    expect(
      zones.map((zone) => [
        zone.countries,
        zone.rates.map((rate) => [rate.key, rate.amount, rate.freeOverAmount]),
      ]),
    ).toEqual([
      [
        ["FR"],
        [
          ["standard", 490, 6000],
          ["express", 990, null],
        ],
      ],
      [
        ["CA"],
        [
          ["standard", 1490, null],
          ["express", 2490, null],
        ],
      ],
    ]);
    for (const rate of zones.flatMap((zone) => zone.rates)) {
      expect(rate.currency).toBe("EUR");
      expect(rate.translations.map((translation) => translation.locale)).toEqual(["fr", "en"]);
    }
  });

  it("taxes France at 20 %, Québec with GST + QST, Ontario with HST alone, elsewhere in Canada GST", async () => {
    const rates = await database.db.taxRate.findMany({
      orderBy: [{ country: "asc" }, { region: "asc" }, { position: "asc" }],
      select: { country: true, region: true, code: true, ratePpm: true },
    });
    expect(rates.map((rate) => `${rate.country}/${rate.region}/${rate.code}/${rate.ratePpm}`)).toEqual([
      "CA//GST/50000",
      "CA/ON/HST/130000",
      "CA/QC/GST/50000",
      "CA/QC/QST/99750",
      "FR//VAT/200000",
    ]);
  });

  it("sells in euros with taxes included, and offers the demo codes", async () => {
    const settings = await database.db.setting.findMany({
      where: { key: { startsWith: "store." } },
      orderBy: { key: "asc" },
      select: { key: true, value: true },
    });
    expect(settings).toEqual([
      { key: "store.currency", value: "EUR" },
      { key: "store.defaultCountry", value: "FR" },
      { key: "store.pricesIncludeTax", value: true },
    ]);
    const codes = await database.db.discountCode.findMany({
      orderBy: { code: "asc" },
      select: {
        code: true,
        kind: true,
        percentOff: true,
        amountOff: true,
        currency: true,
        minimumSubtotal: true,
        endsAt: true,
      },
    });
    expect(codes).toEqual([
      {
        code: "BIENVENUE10",
        kind: "PERCENTAGE",
        percentOff: 10,
        amountOff: null,
        currency: null,
        minimumSubtotal: 0,
        endsAt: null,
      },
      {
        code: "CAFE5",
        kind: "FIXED_AMOUNT",
        percentOff: null,
        amountOff: 500,
        currency: "EUR",
        minimumSubtotal: 4000,
        endsAt: null,
      },
      {
        code: "EXPIRED",
        kind: "PERCENTAGE",
        percentOff: 20,
        amountOff: null,
        currency: null,
        minimumSubtotal: 0,
        endsAt: new Date("2026-03-09T09:00:00Z"),
      },
    ]);
  });

  it("adds no row when run again and keeps a setting the shop changed", async () => {
    await database.db.setting.update({ where: { key: "store.pricesIncludeTax" }, data: { value: false } });
    const before = await countRows(database.db);
    await writeCommerce(database.db, now);
    expect(await countRows(database.db)).toEqual(before);
    const setting = await database.db.setting.findUniqueOrThrow({ where: { key: "store.pricesIncludeTax" } });
    expect(setting.value).toBe(false);
  });

  it("asks for a new seeding when the demo data was written by an older version", async () => {
    await database.db.setting.create({ data: { key: DEMO_SEED_SETTING, value: { version: 1 } } });
    expect(await isDemoDataSeeded(database.db)).toBe(false);
  });
});
