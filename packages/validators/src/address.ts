// A shipping address as typed in the checkout form, validated and normalized the same way in the
// browser and on the server: postal codes are stored in their country's canonical form.
import { z } from "zod";
import { msg } from "./messages";

/** Translation keys (namespace "errors") of the address form's own messages. */
export const addressMsg = {
  country: "validation.country",
  region: "validation.region",
  postalCode: "validation.postal_code",
  phone: "validation.phone",
} as const;

/** Countries the shop ships to: those of the seeded shipping zones. */
export const SHIPPING_COUNTRIES = ["FR", "CA"] as const;
export type ShippingCountry = (typeof SHIPPING_COUNTRIES)[number];

/** Canada's provinces and territories (Canada Post's two-letter codes). */
export const CA_PROVINCES = [
  "AB",
  "BC",
  "MB",
  "NB",
  "NL",
  "NS",
  "NT",
  "NU",
  "ON",
  "PE",
  "QC",
  "SK",
  "YT",
] as const;

// Canada Post never uses D, F, I, O, Q or U, nor W or Z as the first letter.
const CA_POSTAL = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]) ?(\d[ABCEGHJ-NPRSTV-Z]\d)$/;
const FR_POSTAL = /^\d{5}$/;

const required = (max: number) =>
  z.string({ error: msg.required }).trim().min(1, { error: msg.required }).max(max, { error: msg.tooLong });

/** Forms send "" for an empty optional field: it means absent. */
const optional = <T extends z.ZodType<string | undefined>>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

/** The postal code in its country's canonical form, or null when it is not one. */
export function normalizePostalCode(country: ShippingCountry, value: string): string | null {
  const compact = value
    .trim()
    .toUpperCase()
    .replace(/\s+/g, country === "CA" ? " " : "");
  if (country === "FR") return FR_POSTAL.test(compact) ? compact : null;
  const match = CA_POSTAL.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

export const shippingAddressSchema = z
  .object({
    name: required(200),
    line1: required(200),
    line2: optional(z.string().trim().max(200, { error: msg.tooLong }).optional()),
    city: required(100),
    postalCode: required(16),
    country: z.enum(SHIPPING_COUNTRIES, { error: addressMsg.country }),
    region: optional(z.string().trim().toUpperCase().max(8, { error: addressMsg.region }).optional()),
    phone: optional(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ().-]{6,24}$/, { error: addressMsg.phone })
        .optional(),
    ),
  })
  .superRefine((address, ctx) => {
    // Runs even when other fields failed, so one submit shows every problem; the country may be bad.
    if (!(SHIPPING_COUNTRIES as readonly string[]).includes(address.country)) return;
    if (normalizePostalCode(address.country, address.postalCode) === null) {
      ctx.addIssue({ code: "custom", message: addressMsg.postalCode, path: ["postalCode"] });
    }
    if (address.country === "CA" && !(CA_PROVINCES as readonly string[]).includes(address.region ?? "")) {
      ctx.addIssue({ code: "custom", message: addressMsg.region, path: ["region"] });
    }
  })
  .transform((address) => ({
    ...address,
    postalCode: normalizePostalCode(address.country, address.postalCode) ?? address.postalCode,
    // Only Canadian addresses carry a province: taxes depend on it there, and only there.
    region: address.country === "CA" ? address.region : undefined,
  }));

export type ShippingAddressInput = z.input<typeof shippingAddressSchema>;
export type ShippingAddress = z.output<typeof shippingAddressSchema>;
