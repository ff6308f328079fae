// The demo shop's selling terms: where it ships and for how much, the taxes of each destination,
// its store settings and a few discount codes. Prices are in euros (cents), French VAT included.
import type { Localized } from "../types";

export interface ShippingRateData {
  key: string;
  name: Localized;
  amount: number;
  /** Free once the subtotal after discount reaches this amount. */
  freeOverAmount?: number;
  minDays: number;
  maxDays: number;
}

export interface ShippingZoneData {
  key: string;
  countries: readonly string[];
  rates: readonly ShippingRateData[];
}

export const SHOP_CURRENCY = "EUR";

export const SHIPPING_ZONES: readonly ShippingZoneData[] = [
  {
    key: "france",
    countries: ["FR"],
    rates: [
      {
        key: "standard",
        name: { fr: "Livraison standard", en: "Standard delivery" },
        amount: 490,
        freeOverAmount: 6000,
        minDays: 2,
        maxDays: 4,
      },
      {
        key: "express",
        name: { fr: "Livraison express", en: "Express delivery" },
        amount: 990,
        minDays: 1,
        maxDays: 2,
      },
    ],
  },
  {
    key: "canada",
    countries: ["CA"],
    rates: [
      {
        key: "standard",
        name: { fr: "Livraison internationale standard", en: "Standard international delivery" },
        amount: 1490,
        minDays: 7,
        maxDays: 12,
      },
      {
        key: "express",
        name: { fr: "Livraison internationale express", en: "Express international delivery" },
        amount: 2490,
        minDays: 3,
        maxDays: 5,
      },
    ],
  },
];

export interface TaxRateData {
  country: string;
  /** "" for the whole country. A region with rows of its own uses those alone (docs/pricing.md). */
  region: string;
  code: string;
  ratePpm: number;
}

export const TAX_RATES: readonly TaxRateData[] = [
  { country: "FR", region: "", code: "VAT", ratePpm: 200_000 },
  { country: "CA", region: "", code: "GST", ratePpm: 50_000 },
  { country: "CA", region: "QC", code: "GST", ratePpm: 50_000 },
  { country: "CA", region: "QC", code: "QST", ratePpm: 99_750 },
  // Ontario's HST replaces the GST: its only row.
  { country: "CA", region: "ON", code: "HST", ratePpm: 130_000 },
];

/** Store settings, written only when absent: a shop's own choice is never overwritten. */
export const STORE_SETTINGS: Readonly<Record<string, boolean | string>> = {
  "store.pricesIncludeTax": true,
  "store.currency": SHOP_CURRENCY,
  "store.defaultCountry": "FR",
};

export interface DiscountCodeData {
  code: string;
  kind: "PERCENTAGE" | "FIXED_AMOUNT";
  percentOff?: number;
  amountOff?: number;
  minimumSubtotal?: number;
  perCustomerLimit?: number;
  /** Days from the seeding day; negative for the past. */
  startsInDays?: number;
  endsInDays?: number;
}

export const DISCOUNT_CODES: readonly DiscountCodeData[] = [
  { code: "BIENVENUE10", kind: "PERCENTAGE", percentOff: 10, perCustomerLimit: 1 },
  { code: "CAFE5", kind: "FIXED_AMOUNT", amountOff: 500, minimumSubtotal: 4000 },
  // Shows what shoppers see with a code whose time is over.
  { code: "EXPIRED", kind: "PERCENTAGE", percentOff: 20, startsInDays: -30, endsInDays: -1 },
];
