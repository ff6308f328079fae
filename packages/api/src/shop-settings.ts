// The shop's own settings the admin procedures read from the environment (validated at start-up by
// @comptoir/env): its currency, and the time zone in which its days begin.
import { z } from "zod";

const schema = z.object({
  STORE_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("EUR"),
  SHOP_TIME_ZONE: z
    .string()
    .refine((zone) => Intl.supportedValuesOf("timeZone").includes(zone) || zone === "UTC")
    .default("Europe/Paris"),
});

export interface ShopSettings {
  currency: string;
  timeZone: string;
}

let settings: ShopSettings | null = null;

export function shopSettings(env: Record<string, string | undefined> = process.env): ShopSettings {
  if (settings && env === process.env) return settings;
  const parsed = schema.parse({
    STORE_CURRENCY: env.STORE_CURRENCY?.trim() || undefined,
    SHOP_TIME_ZONE: env.SHOP_TIME_ZONE?.trim() || undefined,
  });
  const read = { currency: parsed.STORE_CURRENCY, timeZone: parsed.SHOP_TIME_ZONE };
  if (env === process.env) settings = read;
  return read;
}
