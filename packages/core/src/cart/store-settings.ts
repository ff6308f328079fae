import type { DbClient } from "./queries";

/** The Setting keys the cart reads. */
export const STORE_SETTING_KEYS = {
  /** boolean: catalog prices (and shipping rates) include the destination's taxes. */
  pricesIncludeTax: "store.pricesIncludeTax",
  /** ISO 4217: the currency of a cart that holds nothing yet. */
  currency: "store.currency",
  /** ISO 3166-1 alpha-2: where taxes are estimated before the shopper gives an address. */
  defaultCountry: "store.defaultCountry",
} as const;

export interface StoreSettings {
  pricesIncludeTax: boolean;
  currency: string;
  defaultCountry: string | null;
}

/**
 * Defaults for a store that has not set them: prices shown to consumers include taxes (the rule in
 * the EU), in euros, with no tax estimate until an address is known.
 */
export const DEFAULT_STORE_SETTINGS: StoreSettings = {
  pricesIncludeTax: true,
  currency: "EUR",
  defaultCountry: null,
};

export async function loadStoreSettings(db: DbClient): Promise<StoreSettings> {
  const rows = await db.setting.findMany({
    where: { key: { in: Object.values(STORE_SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const pricesIncludeTax = value(STORE_SETTING_KEYS.pricesIncludeTax);
  const currency = value(STORE_SETTING_KEYS.currency);
  const defaultCountry = value(STORE_SETTING_KEYS.defaultCountry);
  return {
    pricesIncludeTax:
      typeof pricesIncludeTax === "boolean" ? pricesIncludeTax : DEFAULT_STORE_SETTINGS.pricesIncludeTax,
    currency:
      typeof currency === "string" && /^[A-Z]{3}$/.test(currency)
        ? currency
        : DEFAULT_STORE_SETTINGS.currency,
    defaultCountry:
      typeof defaultCountry === "string" && /^[A-Z]{2}$/.test(defaultCountry)
        ? defaultCountry
        : DEFAULT_STORE_SETTINGS.defaultCountry,
  };
}
