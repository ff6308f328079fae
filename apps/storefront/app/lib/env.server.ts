// The storefront's own settings, validated once (the database's are read by @comptoir/db).
import { z } from "zod";

const schema = z.object({
  /**
   * The shop's public address (https://shop.example), for canonical URLs, sitemaps and social
   * cards. Without it, the address of each request is used, which is right unless a proxy rewrites it.
   */
  PUBLIC_URL: z.url().optional(),
  /** The currency of price filters typed in major units (€12 -> 1200). */
  STORE_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("EUR"),
});

export const storefrontEnv = schema.parse(process.env);
